using Tocsin.Testing;
using Tocsin.Core.Cap;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Cap;

/// <summary>What the public samples say about the schema, the reader and the validator
/// (Samples/cap/SOURCE.md states which are valid and why the negative ones are not).</summary>
public sealed class CapSampleTests
{
    public static TheoryData<string> Examples => new(
        "examples/43b080713727.cap",
        "examples/australia.cap",
        "examples/canada.cap",
        "examples/cap_amber_alert_example.xml",
        "examples/earthquake-iso8859-1.cap",
        "examples/thunderstorm.cap",
        "examples/wcatwc-warning.cap");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_has_no_XSD_error(string file)
    {
        var errors = CapSchema.Validate(CapSamples.Bytes(file)).Where(p => !p.Contains(": Warning: ", StringComparison.Ordinal));

        Assert.Empty(errors);
    }

    [Fact]
    public void The_earthquake_example_validates_with_its_laxly_processed_XML_signature()
    {
        // CapSchema leaves out only the "no schema information" warnings of the lax ds:Signature content.
        var problems = CapSchema.Validate(CapSamples.Bytes("examples/earthquake-iso8859-1.cap"));

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_reads(string file)
    {
        var result = CapReader.Read(CapSamples.Bytes(file));

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_passes_the_validator(string file)
    {
        var issues = CapValidator.Validate(CapReader.Read(CapSamples.Bytes(file)).Value);

        Assert.Empty(issues);
    }

    [Fact]
    public void The_sample_missing_its_scope_fails_the_XSD_for_that_reason()
    {
        var errors = CapSchema.Validate(CapSamples.Bytes("negative/invalid.cap"));

        Assert.Contains(errors, e => e.Contains("invalid child element 'info'", StringComparison.Ordinal) && e.Contains("scope", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_missing_its_scope_is_refused_by_the_reader()
    {
        var result = CapReader.Read(CapSamples.Bytes("negative/invalid.cap"));

        Assert.Equal(("cap-invalid", true), (result.Error?.Code, result.Error!.Message.Contains("/alert/scope", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_XXE_sample_fails_schema_validation_because_its_DTD_is_refused()
    {
        var errors = CapSchema.Validate(CapSamples.Bytes("negative/xee.cap"));

        Assert.Contains(errors, e => e.Contains("DTD is prohibited", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Canadian_errors_sample_passes_the_XSD()
    {
        var errors = CapSchema.Validate(CapSamples.Bytes("negative/canada_errors.cap"));

        Assert.Empty(errors);
    }

    [Fact]
    public void The_Canadian_errors_sample_is_an_Update_without_references_for_the_validator()
    {
        var alert = CapReader.Read(CapSamples.Bytes("negative/canada_errors.cap")).Value;

        var rules = CapValidator.Validate(alert).Where(i => i.Severity == ValidationSeverity.Error).Select(i => i.Rule);

        Assert.Equal(["cap-references-required"], rules);
    }
}
