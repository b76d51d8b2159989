using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

public sealed class IdentityRuleTests
{
    [Theory]
    [InlineData("sdo", "type", "\"indicator\"", null, null, null)]
    [InlineData("sdo", "type", null, "required", "$.type", ValidationSeverity.Error)]
    [InlineData("sdo", "type", "42", "property-type", "$.type", ValidationSeverity.Error)]
    [InlineData("sdo", "type", "\"Indicator\"", "type-format", "$.type", ValidationSeverity.Error)]
    [InlineData("sdo", "type", "\"in\"", "type-format", "$.type", ValidationSeverity.Error)]
    [InlineData("sdo", "type", "\"1ndicator\"", "type-format", "$.type", ValidationSeverity.Error)]
    [InlineData("new-sdo", "type", "\"my-favorite-sdo\"", null, null, null)]
    [InlineData("sdo", "id", "\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"", null, null, null)]
    [InlineData("sdo", "id", null, "required", "$.id", ValidationSeverity.Error)]
    [InlineData("sdo", "id", "\"indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"", "id-format", "$.id", ValidationSeverity.Error)]
    [InlineData("sdo", "id", "\"indicator--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f\"", "id-format", "$.id", ValidationSeverity.Error)]
    [InlineData("sdo", "id", "\"malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"", "id-type-mismatch", "$.id", ValidationSeverity.Error)]
    [InlineData("sdo", "id", "\"indicator--1621d4d4-b67d-11e3-9670-f01faf20d111\"", "id-uuid-version", "$.id", ValidationSeverity.Warning)]
    [InlineData("sco", "id", "\"ipv4-addr--1621d4d4-b67d-11e3-9670-f01faf20d111\"", "id-uuid-version", "$.id", ValidationSeverity.Warning)]
    [InlineData("sco", "id", "\"ipv4-addr--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"", null, null, null)]
    [InlineData("sdo", "spec_version", null, "required", "$.spec_version", ValidationSeverity.Error)]
    [InlineData("sdo", "spec_version", "\"2.0\"", "spec-version", "$.spec_version", ValidationSeverity.Error)]
    [InlineData("sco", "spec_version", null, null, null, null)]
    [InlineData("sco", "spec_version", "\"2.0\"", "spec-version", "$.spec_version", ValidationSeverity.Error)]
    [InlineData("marking", "spec_version", null, "required", "$.spec_version", ValidationSeverity.Error)]
    public void Type_id_and_spec_version_follow_the_spec(string kind, string property, string? json, string? rule, string? path, ValidationSeverity? severity)
    {
        var stixObject = StixJson.Of(kind).Set(property, json).Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, rule, path, severity);
    }

    [Theory]
    [InlineData("""{"type":"x-acme-widget","id":"x-acme-widget--4527e5de-8572-446a-a57a-706f15467461","some_stuff":1}""", "custom-object-deprecated", ValidationSeverity.Warning)]
    [InlineData("""{"type":"acme-widget","id":"acme-widget--4527e5de-8572-446a-a57a-706f15467461","some_stuff":1}""", "custom-type-prefix", ValidationSeverity.Warning)]
    public void Custom_objects_without_an_extension_definition_are_reported(string json, string rule, ValidationSeverity severity)
    {
        var issues = StixValidator.Validate(StixJson.Parse(json));

        IssueAssert.Reports(issues, rule, "$.type", severity);
    }

    [Fact]
    public void An_extension_may_not_declare_a_type_the_spec_defines()
    {
        var stixObject = StixJson.Of("sdo")
            .Set("extensions", """{"extension-definition--9c59fd79-4215-4ba2-920d-3e4f320e1e62":{"extension_type":"new-sdo"}}""")
            .Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, "extension-redefines-type",
            "$.extensions['extension-definition--9c59fd79-4215-4ba2-920d-3e4f320e1e62'].extension_type", ValidationSeverity.Error);
    }
}
