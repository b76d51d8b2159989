using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

public sealed class PropertyNameRuleTests
{
    [Theory]
    [InlineData("sdo", "x_acme_score", "10", "custom-property-deprecated", "$.x_acme_score", ValidationSeverity.Warning)]
    [InlineData("sdo", "xy", "1", "property-name-format", "$.xy", ValidationSeverity.Error)]
    [InlineData("sdo", "Name2", "1", "property-name-format", "$.Name2", ValidationSeverity.Error)]
    [InlineData("sdo", "x-acme", "1", "property-name-format", "$['x-acme']", ValidationSeverity.Error)]
    [InlineData("sdo", "severity", "\"high\"", "reserved-property", "$.severity", ValidationSeverity.Error)]
    [InlineData("sdo", "action", "\"block\"", "reserved-property", "$.action", ValidationSeverity.Error)]
    [InlineData("sdo", "defanged", "true", "defanged-not-sco", "$.defanged", ValidationSeverity.Error)]
    [InlineData("sco", "defanged", "true", null, null, null)]
    [InlineData("sco", "labels", "[\"a\"]", "not-applicable-property", "$.labels", ValidationSeverity.Warning)]
    [InlineData("marking", "revoked", "false", "not-applicable-property", "$.revoked", ValidationSeverity.Warning)]
    [InlineData("new-sdo", "some_property_name1", "\"value1\"", null, null, null)]
    public void Property_names_follow_the_spec(string kind, string property, string? json, string? rule, string? path, ValidationSeverity? severity)
    {
        var stixObject = StixJson.Of(kind).Set(property, json).Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, rule, path, severity);
    }

    [Fact]
    public void A_toplevel_property_extension_makes_extra_top_level_names_legitimate()
    {
        var stixObject = StixJson.Of("sdo")
            .Set("x_rank", "1")
            .Set("extensions", """{"extension-definition--71736db5-10db-43d3-b0e3-65cf81601fe1":{"extension_type":"toplevel-property-extension"}}""")
            .Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, null, null, null);
    }

    [Theory]
    [InlineData("""{"type":"indicator","type":"malware"}""", "$.type")]
    [InlineData("""{"external_references":[{"source_name":"a","source_name":"b","description":"d"}]}""", "$.external_references[0].source_name")]
    public void Duplicate_names_in_one_json_object_are_errors(string fragment, string path)
    {
        var json = StixJson.Of("sdo").Set("type", null).Set("external_references", null).Build().Json;
        var text = System.Text.Encoding.UTF8.GetString(json.Span).TrimEnd('}') + "," + fragment[1..];

        var issues = StixValidator.Validate(StixJson.Parse(text));

        IssueAssert.Reports(issues, "duplicate-property", path, ValidationSeverity.Error);
    }
}
