using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

public sealed class ReferenceRuleTests
{
    [Theory]
    [InlineData("sdo", "created_by_ref", "\"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff\"", null, null, null)]
    [InlineData("sdo", "created_by_ref", "\"malware--f431f809-377b-45e0-aa1c-6a4751cae5ff\"", "ref-target-type", "$.created_by_ref", ValidationSeverity.Error)]
    [InlineData("sdo", "created_by_ref", "\"ACME\"", "ref-format", "$.created_by_ref", ValidationSeverity.Error)]
    [InlineData("sdo", "object_marking_refs", "[\"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\"]", null, null, null)]
    [InlineData("sdo", "object_marking_refs", "[\"identity--34098fce-860f-48ae-8e50-ebd3cc5e41da\"]", "ref-target-type", "$.object_marking_refs[0]", ValidationSeverity.Error)]
    [InlineData("sdo", "object_marking_refs", "[]", "empty-list", "$.object_marking_refs", ValidationSeverity.Error)]
    [InlineData("sdo", "object_marking_refs", "\"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\"", "property-type", "$.object_marking_refs", ValidationSeverity.Error)]
    [InlineData("sdo", "x_acme_owner_ref", "\"not an id\"", "ref-format", "$.x_acme_owner_ref", ValidationSeverity.Warning)]
    [InlineData("relationship", "source_ref", "\"\"", "ref-format", "$.source_ref", ValidationSeverity.Error)]
    [InlineData("sdo", "object_marking_refs", "[\"marking-definition--34098fce\"]", "ref-format", "$.object_marking_refs[0]", ValidationSeverity.Error)]
    [InlineData("relationship", "target_ref", "\"relationship--31b940d4-6f7f-459a-80ea-9c1f17b5891b\"", "ref-target-type", "$.target_ref", ValidationSeverity.Error)]
    [InlineData("relationship", "source_ref", "\"marking-definition--31b940d4-6f7f-459a-80ea-9c1f17b5891b\"", "ref-target-type", "$.source_ref", ValidationSeverity.Error)]
    [InlineData("relationship", "target_ref", "\"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd\"", "relationship-suggested", "$.relationship_type", ValidationSeverity.Warning)]
    [InlineData("sighting", "sighting_of_ref", "\"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd\"", "ref-target-type", "$.sighting_of_ref", ValidationSeverity.Error)]
    [InlineData("sighting", "observed_data_refs", "[\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"]", "ref-target-type", "$.observed_data_refs[0]", ValidationSeverity.Error)]
    [InlineData("sighting", "where_sighted_refs", "[\"location--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"]", null, null, null)]
    [InlineData("sighting", "where_sighted_refs", "[\"malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"]", "ref-target-type", "$.where_sighted_refs[0]", ValidationSeverity.Error)]
    [InlineData("marking", "object_marking_refs", "[\"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb\"]", "marking-self-reference", "$.object_marking_refs[0]", ValidationSeverity.Error)]
    public void References_are_identifiers_of_the_allowed_types(string kind, string property, string? json, string? rule, string? path, ValidationSeverity? severity)
    {
        var stixObject = StixJson.Of(kind).Set(property, json).Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, rule, path, severity);
    }

    [Fact]
    public void References_nested_in_extensions_are_checked()
    {
        var stixObject = StixJson.Of("sdo")
            .Set("extensions", """{"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e":{"extension_type":"property-extension","asserted_by_ref":"nobody"}}""")
            .Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, "ref-format",
            "$.extensions['extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e'].asserted_by_ref", ValidationSeverity.Error);
    }
}
