using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Core.Tests.Plan;

// decision texts are checked when given, against what CAP and XML can carry.
public sealed class DecisionTextTests
{
    private readonly PlanScenario _plan = new();

    public static TheoryData<string, string?> Rationales => new()
    {
        { "Menace évaluée.", null },
        { "Tab\tnew line\ncarriage return\r.", null },
        { "Emoji 🚨 and CJK 恐怖 and RTL עברית.", null },
        { "Bell \u0007.", "text-invalid-character" },
        { "Nul \0.", "text-invalid-character" },
        { "Escape \u001b[31m.", "text-invalid-character" },
        { "Lone high \ud800 surrogate.", "text-invalid-character" },
        { "Lone low \udc00 surrogate.", "text-invalid-character" },
        { "Reversed \udc00\ud800 pair.", "text-invalid-character" },
        { "Non-character \uffff.", "text-invalid-character" },
        { "Non-character \ufffe.", "text-invalid-character" },
        { new string('a', DecisionTexts.MaxRationaleLength), null },
        { new string('a', DecisionTexts.MaxRationaleLength + 1), "text-too-long" },
    };

    [Theory]
    [MemberData(nameof(Rationales))]
    public void A_rationale_is_checked_at_proposal(string rationale, string? expected)
    {
        var result = _plan.Rules.Propose(_plan.Proposal("vigilance", "2024-03-24T18:00:00Z") with { Rationale = rationale }, PlanScenario.Analyst, []);

        Assert.Equal(expected, result.Error?.Code);
    }

    [Fact]
    public void The_refusal_names_the_field()
    {
        var result = _plan.Rules.Propose(_plan.Proposal("vigilance", "2024-03-24T18:00:00Z") with { Authority = "Premier\u0001 ministre" }, PlanScenario.Analyst, []);

        Assert.StartsWith("The authority holds U+0001", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_over_long_authority_is_refused()
    {
        var result = _plan.Rules.Propose(_plan.Proposal("vigilance", "2024-03-24T18:00:00Z") with { Authority = new string('x', DecisionTexts.MaxAuthorityLength + 1) }, PlanScenario.Analyst, []);

        Assert.Equal("text-too-long", result.Error?.Code);
    }

    [Fact]
    public void A_rejection_reason_with_a_control_character_is_refused()
    {
        var proposed = _plan.Propose(_plan.Proposal("vigilance", "2024-03-24T18:00:00Z"));

        var result = _plan.Rules.Reject(proposed, PlanScenario.Approver, "Non\u0002.");

        Assert.Equal("text-invalid-character", result.Error?.Code);
    }
}
