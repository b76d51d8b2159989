using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Principals;

namespace Tocsin.Core.Tests.Plan;

// cancelling follows the two-person rule.
public sealed class CancellationTransitionTests
{
    private readonly PlanScenario _plan = new();

    private CancellationRules Cancellations => new(_plan.Clock);

    private Decision Proposed() => _plan.Propose(_plan.Proposal("urgence-attentat", "2024-03-24T18:00:00Z"));

    private Decision Approved() => _plan.Rules.Approve(Proposed(), PlanScenario.Approver).Value;

    private Decision Pending(Principal? by = null, DateTimeOffset? at = null) =>
        Cancellations.Propose(Approved(), by ?? PlanScenario.Analyst, "Menace réévaluée.", at).Value;

    [Fact]
    public void Proposing_a_cancellation_leaves_the_decision_in_force()
    {
        var result = Cancellations.Propose(Approved(), PlanScenario.Approver, "Menace réévaluée.");

        Assert.Equal((DecisionStatus.Approved, (DateTimeOffset?)null, PlanScenario.Approver.Id),
            (result.Value.Status, result.Value.CancelledAt, result.Value.PendingCancellation?.ProposedBy));
    }

    [Fact]
    public void A_cancellation_is_not_approved_by_who_proposed_it()
    {
        var pending = Pending(PlanScenario.Approver);

        var result = Cancellations.Approve(pending, PlanScenario.Approver);

        Assert.Equal("same-person-cannot-approve", result.Error?.Code);
    }

    [Fact]
    public void A_different_approver_cancels_the_decision_from_now()
    {
        var pending = Pending(PlanScenario.Approver);
        _plan.Clock.Advance(TimeSpan.FromHours(2));

        var result = Cancellations.Approve(pending, PlanScenario.SecondApprover);

        Assert.Equal((DecisionStatus.Cancelled, _plan.Clock.GetUtcNow(), "Menace réévaluée.", (CancellationProposal?)null),
            (result.Value.Status, result.Value.CancelledAt, result.Value.Reason, result.Value.PendingCancellation));
    }

    [Fact]
    public void An_analyst_cannot_approve_a_cancellation()
    {
        var result = Cancellations.Approve(Pending(PlanScenario.Approver), PlanScenario.Analyst);

        Assert.Equal("approver-role-required", result.Error?.Code);
    }

    [Fact]
    public void A_later_effective_time_is_kept_on_approval()
    {
        var later = _plan.Clock.GetUtcNow().AddDays(2);

        var result = Cancellations.Approve(Pending(at: later), PlanScenario.Approver);

        Assert.Equal(later, result.Value.CancelledAt);
    }

    [Fact]
    public void A_requested_time_passed_before_approval_takes_effect_at_approval()
    {
        var soon = _plan.Clock.GetUtcNow().AddHours(1);
        var pending = Pending(at: soon);
        _plan.Clock.Advance(TimeSpan.FromHours(5));

        var result = Cancellations.Approve(pending, PlanScenario.Approver);

        Assert.Equal(_plan.Clock.GetUtcNow(), result.Value.CancelledAt);
    }

    [Fact]
    public void Cancelling_backwards_in_time_is_refused()
    {
        var result = Cancellations.Propose(Approved(), PlanScenario.Analyst, "Oubli.", _plan.Clock.GetUtcNow().AddHours(-1));

        Assert.Equal("cancellation-in-past", result.Error?.Code);
    }

    [Fact]
    public void Cancelling_a_pending_decision_is_refused()
    {
        var result = Cancellations.Propose(Proposed(), PlanScenario.Approver, "Non.");

        Assert.Equal("not-approved", result.Error?.Code);
    }

    [Fact]
    public void A_second_cancellation_proposal_is_refused_while_one_is_pending()
    {
        var result = Cancellations.Propose(Pending(), PlanScenario.Approver, "Encore.");

        Assert.Equal("cancellation-pending", result.Error?.Code);
    }

    [Fact]
    public void Cancelling_twice_is_refused()
    {
        var cancelled = Cancellations.Approve(Pending(), PlanScenario.Approver).Value;

        var result = Cancellations.Propose(cancelled, PlanScenario.Analyst, "Encore.");

        Assert.Equal("not-approved", result.Error?.Code);
    }

    [Fact]
    public void A_watch_officer_cannot_propose_a_cancellation()
    {
        var result = Cancellations.Propose(Approved(), PlanScenario.WatchOfficer, "Fin.");

        Assert.Equal("proposer-role-required", result.Error?.Code);
    }

    [Fact]
    public void A_reason_is_required()
    {
        var result = Cancellations.Propose(Approved(), PlanScenario.Analyst, "  ");

        Assert.Equal("reason-required", result.Error?.Code);
    }

    [Fact]
    public void Approving_with_nothing_pending_is_refused()
    {
        var result = Cancellations.Approve(Approved(), PlanScenario.SecondApprover);

        Assert.Equal("no-cancellation-pending", result.Error?.Code);
    }

    [Fact]
    public void The_proposer_withdraws_a_pending_cancellation_alone()
    {
        var result = Cancellations.Withdraw(Pending(PlanScenario.Analyst), PlanScenario.Analyst);

        Assert.Equal((DecisionStatus.Approved, (CancellationProposal?)null, DecisionEventKind.CancellationWithdrawn),
            (result.Value.Status, result.Value.PendingCancellation, result.Value.Events[^1].Kind));
    }

    [Fact]
    public void Nobody_else_withdraws_a_pending_cancellation()
    {
        var result = Cancellations.Withdraw(Pending(PlanScenario.Analyst), PlanScenario.Approver);

        Assert.Equal("not-cancellation-proposer", result.Error?.Code);
    }

    [Fact]
    public void A_withdrawn_cancellation_cannot_be_approved()
    {
        var withdrawn = Cancellations.Withdraw(Pending(PlanScenario.Analyst), PlanScenario.Analyst).Value;

        var result = Cancellations.Approve(withdrawn, PlanScenario.Approver);

        Assert.Equal("no-cancellation-pending", result.Error?.Code);
    }

    [Fact]
    public void An_approver_rejects_a_pending_cancellation_and_the_decision_stays_in_force()
    {
        var result = Cancellations.Reject(Pending(PlanScenario.Analyst), PlanScenario.Approver, "La menace demeure.");

        Assert.Equal((DecisionStatus.Approved, (CancellationProposal?)null, DecisionEventKind.CancellationRejected),
            (result.Value.Status, result.Value.PendingCancellation, result.Value.Events[^1].Kind));
    }

    [Fact]
    public void After_a_rejection_a_new_cancellation_may_be_proposed()
    {
        var rejected = Cancellations.Reject(Pending(PlanScenario.Analyst), PlanScenario.Approver, "La menace demeure.").Value;

        var result = Cancellations.Propose(rejected, PlanScenario.Analyst, "Nouvelle évaluation.");

        Assert.Equal("Nouvelle évaluation.", result.Value.PendingCancellation?.Reason);
    }

    [Fact]
    public void A_cancellation_reason_that_CAP_cannot_carry_is_refused_at_proposal()
    {
        var result = Cancellations.Propose(Approved(), PlanScenario.Analyst, "Fin\u0007.");

        Assert.Equal("text-invalid-character", result.Error?.Code);
    }
}
