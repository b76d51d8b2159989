using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Core.Tests.Plan;

public sealed class DecisionProposalTests
{
    private readonly PlanScenario _plan = new();

    private DecisionProposal Valid => _plan.Proposal("urgence-attentat", "2024-03-24T18:00:00Z");

    public static TheoryData<string, string> Refusals => new()
    {
        { "unknown-scheme", "scheme" },
        { "unknown-level", "level" },
        { "no-territories", "no-territories" },
        { "unknown-territory", "unknown-territory" },
        { "territory-outside-scheme", "outside" },
        { "authority-required", "authority" },
        { "rationale-required", "rationale" },
        { "expiry-before-effective", "expiry-before" },
        { "review-before-effective", "review-before" },
    };

    private DecisionProposal Broken(string how)
    {
        var valid = Valid;
        return how switch
        {
            "scheme" => valid with { SchemeId = "vigipirate-2" },
            "level" => valid with { LevelKey = "ecarlate" },
            "no-territories" => valid with { TerritoryIds = [] },
            "unknown-territory" => valid with { TerritoryIds = ["FRA-D99"] },
            "outside" => valid with { TerritoryIds = ["GBR-NIR"] },
            "authority" => valid with { Authority = " " },
            "rationale" => valid with { Rationale = "" },
            "expiry-before" => valid with { ExpiresAt = valid.EffectiveAt },
            "review-before" => valid with { ReviewBy = valid.EffectiveAt.AddHours(-1) },
            _ => throw new ArgumentOutOfRangeException(nameof(how)),
        };
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_proposal_breaking_a_rule_is_refused_with_its_code(string code, string how)
    {
        var result = _plan.Rules.Propose(Broken(how), PlanScenario.Analyst, []);

        Assert.Equal(code, result.Error?.Code);
    }

    [Fact]
    public void A_valid_proposal_is_pending()
    {
        var result = _plan.Rules.Propose(Valid, PlanScenario.Analyst, []);

        Assert.Equal(DecisionStatus.Proposed, result.Value.Status);
    }

    [Fact]
    public void A_proposal_records_who_proposed_it_and_when()
    {
        var decision = _plan.Rules.Propose(Valid, PlanScenario.Analyst, []).Value;

        Assert.Equal(
            new DecisionEvent(decision.Id, DecisionEventKind.Proposed, PlanScenario.Analyst.Id, _plan.Clock.GetUtcNow(), null),
            Assert.Single(decision.Events));
    }

    [Fact]
    public void A_proposal_keeps_its_graded_evidence()
    {
        var evidence = new DecisionEvidence("report--7c6f2f1e-6f8e-4a0e-9b5b-2f1d1c1b0a99", AdmiraltyGrade.Parse("B2").Value);

        var decision = _plan.Rules.Propose(Valid with { Evidence = [evidence] }, PlanScenario.Analyst, []).Value;

        Assert.Equal("B2", Assert.Single(decision.Evidence).Grade.ToString());
    }

    [Fact]
    public void A_watch_officer_cannot_propose()
    {
        var result = _plan.Rules.Propose(Valid, PlanScenario.WatchOfficer, []);

        Assert.Equal("proposer-role-required", result.Error?.Code);
    }

    [Fact]
    public void Superseding_an_unknown_decision_is_refused()
    {
        var result = _plan.Rules.Propose(Valid with { Supersedes = [Guid.NewGuid()] }, PlanScenario.Analyst, []);

        Assert.Equal("supersedes-unknown", result.Error?.Code);
    }

    [Fact]
    public void An_exercise_cannot_supersede_a_real_decision()
    {
        var real = _plan.Decide("urgence-attentat", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");

        var result = _plan.Rules.Propose(Valid with { IsExercise = true, Supersedes = [real.Id] }, PlanScenario.Analyst, _plan.Decisions);

        Assert.Equal("supersedes-mismatch", result.Error?.Code);
    }

    [Fact]
    public void An_NTAS_alert_without_an_expiry_is_refused()
    {
        var ntas = new PlanScenario("us-ntas");

        var result = ntas.Rules.Propose(ntas.Proposal("elevated-alert", "2024-01-01T00:00:00Z", "USA"), PlanScenario.Analyst, []);

        Assert.Equal("expiry-required", result.Error?.Code);
    }

    [Fact]
    public void An_NTAS_alert_expiring_beyond_its_maximum_duration_is_refused()
    {
        var ntas = new PlanScenario("us-ntas");
        var proposal = ntas.Proposal("imminent-alert", "2024-01-01T00:00:00Z", "USA") with { ExpiresAt = PlanScenario.At("2024-03-01T00:00:00Z") };

        var result = ntas.Rules.Propose(proposal, PlanScenario.Analyst, []);

        Assert.Equal("expiry-exceeds-maximum", result.Error?.Code);
    }

    [Fact]
    public void An_NTAS_alert_expiring_within_its_maximum_duration_is_accepted()
    {
        var ntas = new PlanScenario("us-ntas");
        var proposal = ntas.Proposal("imminent-alert", "2024-01-01T00:00:00Z", "USA") with { ExpiresAt = PlanScenario.At("2024-01-15T00:00:00Z") };

        var result = ntas.Rules.Propose(proposal, PlanScenario.Analyst, []);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void An_approver_may_propose()
    {
        var result = _plan.Rules.Propose(Valid, PlanScenario.Person("prefet", Role.Approver), []);

        Assert.True(result.IsSuccess);
    }
}
