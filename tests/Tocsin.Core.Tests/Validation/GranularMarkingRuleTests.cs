using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

public sealed class GranularMarkingRuleTests
{
    private const string Green = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";

    [Theory]
    [InlineData($$"""[{"marking_ref":"{{Green}}","selectors":["description","labels"]}]""", null, null, null)]
    [InlineData("""[{"lang":"de","selectors":["external_references.[0].source_name","labels.[1]","kill_chain_phases.[0].phase_name"]}]""", null, null, null)]
    [InlineData("""[{"selectors":["description"]}]""", "granular-marking-choice", "$.granular_markings[0]", ValidationSeverity.Error)]
    [InlineData($$"""[{"marking_ref":"{{Green}}","lang":"de","selectors":["description"]}]""", "granular-marking-choice", "$.granular_markings[0]", ValidationSeverity.Error)]
    [InlineData($$"""[{"marking_ref":"{{Green}}"}]""", "required", "$.granular_markings[0].selectors", ValidationSeverity.Error)]
    [InlineData($$"""[{"marking_ref":"{{Green}}","selectors":[]}]""", "empty-list", "$.granular_markings[0].selectors", ValidationSeverity.Error)]
    [InlineData($$"""[{"marking_ref":"{{Green}}","selectors":["pattern_version"]}]""", "selector-unresolved", "$.granular_markings[0].selectors[0]", ValidationSeverity.Error)]
    [InlineData($$"""[{"marking_ref":"{{Green}}","selectors":["external_references.[3]"]}]""", "selector-unresolved", "$.granular_markings[0].selectors[0]", ValidationSeverity.Error)]
    [InlineData($$"""[{"marking_ref":"{{Green}}","selectors":["description.[0]"]}]""", "selector-unresolved", "$.granular_markings[0].selectors[0]", ValidationSeverity.Error)]
    [InlineData($$"""[{"marking_ref":"{{Green}}","selectors":["labels.name"]}]""", "selector-unresolved", "$.granular_markings[0].selectors[0]", ValidationSeverity.Error)]
    [InlineData($$"""[{"marking_ref":"{{Green}}","selectors":["labels[0]"]}]""", "selector-syntax", "$.granular_markings[0].selectors[0]", ValidationSeverity.Error)]
    [InlineData($$"""[{"marking_ref":"{{Green}}","selectors":["labels..[0]"]}]""", "selector-syntax", "$.granular_markings[0].selectors[0]", ValidationSeverity.Error)]
    [InlineData($$"""[{"marking_ref":"{{Green}}","selectors":["labels.[-1]"]}]""", "selector-syntax", "$.granular_markings[0].selectors[0]", ValidationSeverity.Error)]
    [InlineData("""[{"marking_ref":"identity--34098fce-860f-48ae-8e50-ebd3cc5e41da","selectors":["name"]}]""", "ref-target-type", "$.granular_markings[0].marking_ref", ValidationSeverity.Error)]
    [InlineData("""[{"lang":"en_GB","selectors":["name"]}]""", "lang-format", "$.granular_markings[0].lang", ValidationSeverity.Error)]
    public void Granular_markings_follow_the_spec(string json, string? rule, string? path, ValidationSeverity? severity)
    {
        var stixObject = StixJson.Of("sdo").Set("granular_markings", json).Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, rule, path, severity);
    }
}
