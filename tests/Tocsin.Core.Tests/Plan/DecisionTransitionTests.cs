using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Principals;

namespace Tocsin.Core.Tests.Plan;

public sealed class DecisionTransitionTests
{
    private readonly PlanScenario _plan = new();

    private Decision Proposed() => _plan.Propose(_plan.Proposal("urgence-attentat", "2024-03-24T18:00:00Z"));

    private Decision Approved() => _plan.Rules.Approve(Proposed(), PlanScenario.Approver).Value;

    [Fact]
    public void A_different_approver_approves_a_pending_decision()
    {
        var result = _plan.Rules.Approve(Proposed(), PlanScenario.Approver);

        Assert.Equal((DecisionStatus.Approved, PlanScenario.Approver.Id, _plan.Clock.GetUtcNow()), (result.Value.Status, result.Value.ApprovedBy, result.Value.ApprovedAt));
    }

    [Fact]
    public void Approval_appends_an_event()
    {
        var decision = Approved();

        Assert.Equal([DecisionEventKind.Proposed, DecisionEventKind.Approved], decision.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Approving_your_own_proposal_is_refused()
    {
        var selfApprover = PlanScenario.Person("analyste-approbateur", Role.Analyst, Role.Approver);
        var proposed = _plan.Rules.Propose(_plan.Proposal("vigilance", "2024-03-24T18:00:00Z"), selfApprover, []).Value;

        var result = _plan.Rules.Approve(proposed, selfApprover);

        Assert.Equal("same-person-cannot-approve", result.Error?.Code);
    }

    [Fact]
    public void Approving_without_the_approver_role_is_refused()
    {
        var result = _plan.Rules.Approve(Proposed(), PlanScenario.WatchOfficer);

        Assert.Equal("approver-role-required", result.Error?.Code);
    }

    [Fact]
    public void Approving_twice_is_refused()
    {
        var result = _plan.Rules.Approve(Approved(), PlanScenario.SecondApprover);

        Assert.Equal("already-approved", result.Error?.Code);
    }

    [Fact]
    public void Approving_a_rejected_decision_is_refused()
    {
        var rejected = _plan.Rules.Reject(Proposed(), PlanScenario.Approver, "Éléments insuffisants.").Value;

        var result = _plan.Rules.Approve(rejected, PlanScenario.SecondApprover);

        Assert.Equal("not-pending", result.Error?.Code);
    }

    [Fact]
    public void Approving_after_the_expiry_is_refused()
    {
        var proposed = _plan.Propose(_plan.Proposal("urgence-attentat", "2020-01-01T00:00:00Z") with { ExpiresAt = PlanScenario.At("2020-01-02T00:00:00Z") });
        _plan.Clock.SetUtcNow(PlanScenario.At("2020-01-03T00:00:00Z"));

        var result = _plan.Rules.Approve(proposed, PlanScenario.Approver);

        Assert.Equal("already-expired", result.Error?.Code);
    }

    [Fact]
    public void Rejection_records_the_reason()
    {
        var result = _plan.Rules.Reject(Proposed(), PlanScenario.Approver, "Éléments insuffisants.");

        Assert.Equal((DecisionStatus.Rejected, "Éléments insuffisants."), (result.Value.Status, result.Value.Events[^1].Note));
    }

    [Fact]
    public void Rejection_without_a_reason_is_refused()
    {
        var result = _plan.Rules.Reject(Proposed(), PlanScenario.Approver, " ");

        Assert.Equal("reason-required", result.Error?.Code);
    }

    [Fact]
    public void Rejecting_an_approved_decision_is_refused()
    {
        var result = _plan.Rules.Reject(Approved(), PlanScenario.SecondApprover, "Trop tard.");

        Assert.Equal("not-pending", result.Error?.Code);
    }

    [Fact]
    public void Rejecting_without_the_approver_role_is_refused()
    {
        var result = _plan.Rules.Reject(Proposed(), PlanScenario.Analyst, "Non.");

        Assert.Equal("approver-role-required", result.Error?.Code);
    }

    [Fact]
    public void Every_transition_leaves_the_earlier_value_unchanged()
    {
        var proposed = Proposed();

        _ = _plan.Rules.Approve(proposed, PlanScenario.Approver);

        Assert.Equal(DecisionStatus.Proposed, proposed.Status);
    }
}
