using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

public sealed class ExtensionRuleTests
{
    private const string Definition = "extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e";

    [Theory]
    [InlineData("sdo", $$$"""{"{{{Definition}}}":{"extension_type":"property-extension","rank":5}}""", null, null, null)]
    // A file's extensions contribute to its deterministic id (§6.7), so adding one changes the expected id.
    [InlineData("file", """{"ntfs-ext":{"sid":"1234567"}}""", "sco-id-mismatch", "$.id", ValidationSeverity.Warning)]
    [InlineData("sdo", "{}", "empty-dictionary", "$.extensions", ValidationSeverity.Error)]
    [InlineData("sdo", "[]", "empty-list", "$.extensions", ValidationSeverity.Error)]
    [InlineData("sdo", $$$"""{"{{{Definition}}}":{"rank":5}}""", "extension-type-missing", $"$.extensions['{Definition}'].extension_type", ValidationSeverity.Error)]
    [InlineData("sdo", $$$"""{"{{{Definition}}}":{"extension_type":"property","rank":5}}""", "extension-type-value", $"$.extensions['{Definition}'].extension_type", ValidationSeverity.Error)]
    [InlineData("sdo", $$$"""{"{{{Definition}}}":"rank"}""", "extension-value", $"$.extensions['{Definition}']", ValidationSeverity.Error)]
    [InlineData("sdo", $$$"""{"{{{Definition}}}":{"extension_type":"property-extension","Rank":5}}""", "property-name-format", $"$.extensions['{Definition}'].Rank", ValidationSeverity.Error)]
    [InlineData("sdo", $$$"""{"{{{Definition}}}":{"extension_type":"property-extension","ranks":[]}}""", "empty-list", $"$.extensions['{Definition}'].ranks", ValidationSeverity.Error)]
    [InlineData("sdo", """{"extension-definition--d83fce45":{"extension_type":"property-extension","rank":5}}""", "ref-format", "$.extensions['extension-definition--d83fce45']", ValidationSeverity.Error)]
    [InlineData("sdo", """{"x-acme-ext":{"rank":5}}""", "extension-key", "$.extensions['x-acme-ext']", ValidationSeverity.Warning)]
    [InlineData("file", """{"x-acme-foo":{"rank":5}}""", "custom-extension-name", "$.extensions['x-acme-foo']", ValidationSeverity.Error)]
    [InlineData("file", """{"x-acme-ext":{"rank":5}}""", "extension-key", "$.extensions['x-acme-ext']", ValidationSeverity.Warning)]
    [InlineData("file", """{"bad key":{"rank":5}}""", "dictionary-key-format", "$.extensions['bad key']", ValidationSeverity.Error)]
    public void Extensions_follow_the_spec(string kind, string json, string? rule, string? path, ValidationSeverity? severity)
    {
        var stixObject = StixJson.Of(kind).Set("extensions", json).Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, rule, path, severity);
    }
}
