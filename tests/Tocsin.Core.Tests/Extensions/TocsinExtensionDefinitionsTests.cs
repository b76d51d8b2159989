using System.Text.Json;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Core.Tests.Extensions;

public sealed class TocsinExtensionDefinitionsTests
{
    private const string TlpClear = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";

    public static TheoryData<string> Ids => new(TocsinExtensionDefinitions.All.Select(o => o.Id));

    [Fact]
    public void They_are_Tocsins_identity_and_its_two_extension_definitions()
    {
        var ids = TocsinExtensionDefinitions.All.Select(o => o.Id);

        Assert.Equal([TocsinExtensions.TocsinIdentityId, TocsinExtensions.AssertionId, TocsinExtensions.TerrorismIncidentId], ids);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_passes_the_STIX_validator(string id)
    {
        var issues = StixValidator.Validate(Get(id));

        Assert.False(StixValidator.HasErrors(issues), string.Join(Environment.NewLine, issues));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_is_STIX_2_1_with_millisecond_timestamps_and_TLP_CLEAR(string id)
    {
        var o = Get(id);

        Assert.Equal(("2.1", 3, 3, TlpClear), (o.SpecVersion, o.Created?.FractionDigits, o.Modified?.FractionDigits, string.Join(" ", o.ObjectMarkingRefs)));
    }

    [Fact]
    public void Tocsin_is_an_organization_named_Tocsin()
    {
        var root = Get(TocsinExtensions.TocsinIdentityId).Root;

        Assert.Equal(("Tocsin", "organization"), (root.GetProperty("name").GetString(), root.GetProperty("identity_class").GetString()));
    }

    [Theory]
    [InlineData(TocsinExtensions.AssertionId)]
    [InlineData(TocsinExtensions.TerrorismIncidentId)]
    public void Definitions_have_every_property_STIX_requires(string id)
    {
        var root = Get(id).Root;

        var missing = new[] { "created_by_ref", "name", "schema", "version", "extension_types" }
            .Where(p => !root.TryGetProperty(p, out var v) || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined);

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData(TocsinExtensions.AssertionId)]
    [InlineData(TocsinExtensions.TerrorismIncidentId)]
    public void Definitions_are_created_by_Tocsin(string id)
    {
        Assert.Equal(TocsinExtensions.TocsinIdentityId, Get(id).CreatedByRef);
    }

    [Theory]
    [InlineData(TocsinExtensions.AssertionId)]
    [InlineData(TocsinExtensions.TerrorismIncidentId)]
    public void Definitions_are_property_extensions_without_extension_properties(string id)
    {
        // STIX 2.1 §7.3: extension_properties only goes with toplevel-property-extension.
        var root = Get(id).Root;

        var types = string.Join(",", root.GetProperty("extension_types").EnumerateArray().Select(e => e.GetString()));

        Assert.Equal(("property-extension", false), (types, root.TryGetProperty("extension_properties", out _)));
    }

    [Theory]
    [InlineData(TocsinExtensions.AssertionId)]
    [InlineData(TocsinExtensions.TerrorismIncidentId)]
    public void Versions_are_semantic(string id)
    {
        var version = Get(id).Root.GetProperty("version").GetString();

        Assert.Matches(@"^\d+\.\d+\.\d+$", version);
    }

    [Theory]
    [InlineData(TocsinExtensions.AssertionId)]
    [InlineData(TocsinExtensions.TerrorismIncidentId)]
    public void Each_definition_ships_the_schema_its_schema_property_names(string id)
    {
        var schemaUrl = Get(id).Root.GetProperty("schema").GetString();

        using var schema = JsonDocument.Parse(TocsinExtensionDefinitions.Schemas[id]);

        Assert.Equal(schemaUrl, schema.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void The_schemas_list_the_properties_the_rules_accept()
    {
        using var schema = JsonDocument.Parse(TocsinExtensionDefinitions.Schemas[TocsinExtensions.AssertionId]);

        var required = schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Order();

        Assert.Equal(["asserted_at", "asserted_by_ref", "basis", "extension_type", "information_credibility", "source_reliability"], required);
    }

    [Fact]
    public void The_schema_enumerates_the_same_bases_as_the_code()
    {
        using var schema = JsonDocument.Parse(TocsinExtensionDefinitions.Schemas[TocsinExtensions.AssertionId]);

        var bases = schema.RootElement.GetProperty("properties").GetProperty("basis").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        Assert.Equal(AssertionBasis.All, bases);
    }

    private static StixObject Get(string id) => TocsinExtensionDefinitions.All.Single(o => o.Id == id);
}
