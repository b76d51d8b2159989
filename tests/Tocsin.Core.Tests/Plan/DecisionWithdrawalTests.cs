using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Core.Tests.Plan;

// only a proposal that never came into force may be withdrawn by its proposer alone.
public sealed class DecisionWithdrawalTests
{
    private readonly PlanScenario _plan = new();

    private Decision Proposed() => _plan.Propose(_plan.Proposal("urgence-attentat", "2024-03-24T18:00:00Z"));

    [Fact]
    public void The_proposer_withdraws_a_pending_proposal()
    {
        var result = _plan.Rules.Withdraw(Proposed(), PlanScenario.Analyst);

        Assert.Equal((DecisionStatus.Withdrawn, DecisionEventKind.Withdrawn), (result.Value.Status, result.Value.Events[^1].Kind));
    }

    [Fact]
    public void Nobody_else_withdraws_it()
    {
        var result = _plan.Rules.Withdraw(Proposed(), PlanScenario.Approver);

        Assert.Equal("not-proposer", result.Error?.Code);
    }

    [Fact]
    public void An_approved_decision_cannot_be_withdrawn()
    {
        var approved = _plan.Rules.Approve(Proposed(), PlanScenario.Approver).Value;

        var result = _plan.Rules.Withdraw(approved, PlanScenario.Analyst);

        Assert.Equal("not-pending", result.Error?.Code);
    }

    [Fact]
    public void A_withdrawn_proposal_cannot_be_approved()
    {
        var withdrawn = _plan.Rules.Withdraw(Proposed(), PlanScenario.Analyst).Value;

        var result = _plan.Rules.Approve(withdrawn, PlanScenario.Approver);

        Assert.Equal("not-pending", result.Error?.Code);
    }
}
