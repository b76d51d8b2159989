using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

public sealed class ValueRuleTests
{
    [Theory]
    [InlineData("sdo", "confidence", "0", null, null, null)]
    [InlineData("sdo", "confidence", "100", null, null, null)]
    [InlineData("sdo", "confidence", "101", "confidence-range", "$.confidence", ValidationSeverity.Error)]
    [InlineData("sdo", "confidence", "-1", "confidence-range", "$.confidence", ValidationSeverity.Error)]
    [InlineData("sdo", "confidence", "50.5", "property-type", "$.confidence", ValidationSeverity.Error)]
    [InlineData("sdo", "confidence", "\"high\"", "property-type", "$.confidence", ValidationSeverity.Error)]
    [InlineData("sdo", "lang", "\"fr\"", null, null, null)]
    [InlineData("sdo", "lang", "\"zh-Hant-TW\"", null, null, null)]
    [InlineData("sdo", "lang", "\"english\"", null, null, null)]
    [InlineData("sdo", "lang", "\"en_US\"", "lang-format", "$.lang", ValidationSeverity.Error)]
    [InlineData("sdo", "lang", "\"e\"", "lang-format", "$.lang", ValidationSeverity.Error)]
    [InlineData("sdo", "labels", "[]", "empty-list", "$.labels", ValidationSeverity.Error)]
    [InlineData("sdo", "labels", "[\"a\", 1]", "property-type", "$.labels[1]", ValidationSeverity.Error)]
    [InlineData("sdo", "labels", "\"a\"", "property-type", "$.labels", ValidationSeverity.Error)]
    [InlineData("sdo", "revoked", "true", null, null, null)]
    [InlineData("sdo", "revoked", "\"yes\"", "property-type", "$.revoked", ValidationSeverity.Error)]
    [InlineData("sdo", "x_acme_empty", "{}", "empty-dictionary", "$.x_acme_empty", ValidationSeverity.Error)]
    public void Common_values_follow_the_spec(string kind, string property, string? json, string? rule, string? path, ValidationSeverity? severity)
    {
        var stixObject = StixJson.Of(kind).Set(property, json).Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, rule, path, severity);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("en-GB", true)]
    [InlineData("es-419", true)]
    [InlineData("sr-Latn-RS", true)]
    [InlineData("de-CH-1901", true)]
    [InlineData("zh-min-nan", true)]
    [InlineData("x-private", true)]
    [InlineData("en-a-bbb-x-a-ccc", true)]
    [InlineData("i-klingon", true)]
    [InlineData("", false)]
    [InlineData("en-", false)]
    [InlineData("en--GB", false)]
    [InlineData("a-DE", false)]
    [InlineData("en-a", false)]
    [InlineData("toolonglang", false)]
    public void Language_tags_are_checked_against_the_rfc_5646_syntax(string tag, bool wellFormed)
    {
        var result = Tocsin.Core.Stix.Validation.LanguageTag.IsWellFormed(tag);

        Assert.Equal(wellFormed, result);
    }
}
