using System.Text.Json.Nodes;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Tests.Plan;

public sealed class TerritoryRuleFileTests
{
    public static TheoryData<string> SchemeFiles => [.. PlanCatalogue.SchemeFileNames];

    [Theory]
    [InlineData("vigipirate", TerritoryRule.ReinforceOnly)]
    [InlineData("be-threat-level", TerritoryRule.ReinforceOnly)]
    [InlineData("uk-threat-level", TerritoryRule.Override)]
    [InlineData("us-ntas", TerritoryRule.Override)]
    [InlineData("nl-threat-level", TerritoryRule.Override)]
    [InlineData("au-threat-level", TerritoryRule.Override)]
    public void Each_shipped_scheme_has_the_rule_its_public_description_gives(string schemeId, TerritoryRule rule)
    {
        var scheme = PlanCatalogue.Default.FindScheme(schemeId)!;

        Assert.Equal(rule, scheme.TerritoryRule);
    }

    [Theory]
    [MemberData(nameof(SchemeFiles))]
    public void Every_shipped_scheme_file_declares_its_rule_rather_than_relying_on_the_default(string fileName)
    {
        var file = JsonNode.Parse(PlanResources.ReadText(fileName))!.AsObject();

        Assert.True(file.ContainsKey("territoryRule"), $"{fileName} has no territoryRule");
    }

    [Fact]
    public void A_scheme_file_without_a_rule_reads_as_override()
    {
        var result = AlertSchemeReader.Read(VigipirateWith(null));

        Assert.Equal(TerritoryRule.Override, result.Scheme?.TerritoryRule);
    }

    [Theory]
    [InlineData("override", TerritoryRule.Override)]
    [InlineData("reinforce-only", TerritoryRule.ReinforceOnly)]
    public void Both_rules_are_read(string written, TerritoryRule rule)
    {
        var result = AlertSchemeReader.Read(VigipirateWith(written));

        Assert.Equal(rule, result.Scheme?.TerritoryRule);
    }

    [Theory]
    [InlineData("reinforce")]
    [InlineData("Override")]
    [InlineData("")]
    public void An_unknown_rule_is_a_scheme_issue_and_gives_no_scheme(string written)
    {
        var result = AlertSchemeReader.Read(VigipirateWith(written));

        Assert.Equal((null, "territory-rule-unknown", "$.territoryRule"), (result.Scheme, Assert.Single(result.Issues).Rule, result.Issues[0].Path));
    }

    // The shipped Vigipirate file with its rule removed, or replaced by another value.
    private static string VigipirateWith(string? rule)
    {
        var file = JsonNode.Parse(PlanResources.ReadText("vigipirate.json"))!.AsObject();
        file.Remove("territoryRule");
        if (rule is not null)
        {
            file["territoryRule"] = rule;
        }

        return file.ToJsonString();
    }
}
