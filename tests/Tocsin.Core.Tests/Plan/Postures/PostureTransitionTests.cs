using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Postures;
using Tocsin.Core.Principals;

namespace Tocsin.Core.Tests.Plan.Postures;

public sealed class PostureTransitionTests
{
    private readonly PostureScenario _plan = new();

    private Posture Proposed() => _plan.Propose(PostureScenario.Proposal());

    private Posture Approved() => _plan.Rules.Approve(Proposed(), PlanScenario.Approver).Value;

    [Fact]
    public void A_different_approver_approves_a_proposal()
    {
        var approved = _plan.Rules.Approve(Proposed(), PlanScenario.Approver).Value;

        Assert.Equal((DecisionStatus.Approved, PlanScenario.Approver.Id, DecisionEventKind.Approved), (approved.Status, approved.ApprovedBy, approved.Events[^1].Kind));
    }

    [Fact]
    public void A_posture_cannot_be_approved_by_its_proposer()
    {
        var both = PlanScenario.Person("analyste-approbateur", Role.Analyst, Role.Approver);
        var proposed = _plan.Rules.Propose(PostureScenario.Proposal(), both, []).Value;

        Assert.Equal("same-person-cannot-approve", _plan.Rules.Approve(proposed, both).Error?.Code);
    }

    [Fact]
    public void Approving_without_the_approver_role_is_refused() =>
        Assert.Equal("approver-role-required", _plan.Rules.Approve(Proposed(), PlanScenario.WatchOfficer).Error?.Code);

    [Fact]
    public void Approving_twice_is_refused() =>
        Assert.Equal("already-approved", _plan.Rules.Approve(Approved(), PlanScenario.SecondApprover).Error?.Code);

    [Fact]
    public void A_posture_whose_period_has_ended_cannot_be_approved()
    {
        var proposed = Proposed();
        _plan.Clock.SetUtcNow(PlanScenario.At("2026-09-02T00:00:00Z"));

        Assert.Equal("already-expired", _plan.Rules.Approve(proposed, PlanScenario.Approver).Error?.Code);
    }

    [Fact]
    public void Rejecting_records_the_reason()
    {
        var rejected = _plan.Rules.Reject(Proposed(), PlanScenario.Approver, " Pas nécessaire. ").Value;

        Assert.Equal((DecisionStatus.Rejected, "Pas nécessaire."), (rejected.Status, rejected.Reason));
    }

    [Fact]
    public void Rejecting_without_a_reason_is_refused() =>
        Assert.Equal("reason-required", _plan.Rules.Reject(Proposed(), PlanScenario.Approver, " ").Error?.Code);

    [Fact]
    public void The_proposer_withdraws_a_proposal() =>
        Assert.Equal(DecisionStatus.Withdrawn, _plan.Rules.Withdraw(Proposed(), PlanScenario.Analyst).Value.Status);

    [Fact]
    public void Someone_else_cannot_withdraw_a_proposal() =>
        Assert.Equal("not-proposer", _plan.Rules.Withdraw(Proposed(), PlanScenario.Approver).Error?.Code);

    [Fact]
    public void An_approved_posture_cannot_be_withdrawn() =>
        Assert.Equal("not-pending", _plan.Rules.Withdraw(Approved(), PlanScenario.Analyst).Error?.Code);

    [Fact]
    public void A_cancellation_takes_two_people()
    {
        var proposed = _plan.Rules.ProposeCancellation(Approved(), PlanScenario.Approver, "Fin.").Value;

        Assert.Equal("same-person-cannot-approve", _plan.Rules.ApproveCancellation(proposed, PlanScenario.Approver).Error?.Code);
    }

    [Fact]
    public void An_approved_cancellation_ends_the_posture_now()
    {
        var proposed = _plan.Rules.ProposeCancellation(Approved(), PlanScenario.Analyst, "Fin.").Value;

        var cancelled = _plan.Rules.ApproveCancellation(proposed, PlanScenario.Approver).Value;

        Assert.Equal((DecisionStatus.Cancelled, _plan.Clock.GetUtcNow(), "Fin."), (cancelled.Status, cancelled.CancelledAt, cancelled.Reason));
    }

    [Fact]
    public void A_pending_posture_cannot_be_cancelled() =>
        Assert.Equal("not-approved", _plan.Rules.ProposeCancellation(Proposed(), PlanScenario.Analyst, "Fin.").Error?.Code);

    [Fact]
    public void A_second_cancellation_waits_for_the_first() =>
        Assert.Equal("cancellation-pending", _plan.Rules.ProposeCancellation(
            _plan.Rules.ProposeCancellation(Approved(), PlanScenario.Analyst, "Fin.").Value, PlanScenario.Approver, "Encore.").Error?.Code);

    [Fact]
    public void A_rejected_cancellation_leaves_the_posture_approved_with_nothing_pending()
    {
        var proposed = _plan.Rules.ProposeCancellation(Approved(), PlanScenario.Analyst, "Fin.").Value;

        var rejected = _plan.Rules.RejectCancellation(proposed, PlanScenario.Approver, "Toujours utile.").Value;

        Assert.Equal((DecisionStatus.Approved, (CancellationProposal?)null), (rejected.Status, rejected.PendingCancellation));
    }

    [Fact]
    public void Only_its_proposer_withdraws_a_cancellation()
    {
        var proposed = _plan.Rules.ProposeCancellation(Approved(), PlanScenario.Analyst, "Fin.").Value;

        Assert.Equal("not-cancellation-proposer", _plan.Rules.WithdrawCancellation(proposed, PlanScenario.Approver).Error?.Code);
        Assert.Null(_plan.Rules.WithdrawCancellation(proposed, PlanScenario.Analyst).Value.PendingCancellation);
    }
}
