using Tocsin.Core.Principals;

namespace Tocsin.Core.Plan.Decisions;

/// <summary>The only enforcer of the two-person rule for cancelling (docs/alert-plan.md, "Cancelling"): a
/// principal who may propose decisions proposes the cancellation of an approved one; it takes effect only when a
/// different principal holding the approver role approves it. Until then the decision stays in force, and its
/// proposer alone may withdraw it, because it never came into force. Pure: it returns new values; every time
/// recorded comes from the injected clock.</summary>
public sealed class CancellationRules
{
    private readonly TimeProvider _clock;

    /// <summary>Rules recording times from <paramref name="clock"/>.</summary>
    public CancellationRules(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
    }

    /// <summary>Proposes to cancel the Approved <paramref name="decision"/> from <paramref name="effectiveAt"/>
    /// (on approval when null). The decision stays Approved, with a <see cref="Decision.PendingCancellation"/>.
    /// Refusals, in this order: proposer-role-required, not-approved, cancellation-pending, reason-required,
    /// text-too-long, text-invalid-character, cancellation-in-past (nothing is rewritten backwards).</summary>
    public Result<Decision> Propose(Decision decision, Principal proposer, string reason, DateTimeOffset? effectiveAt = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(proposer);
        var now = _clock.GetUtcNow();
        var refusal = TwoPersonRule.CheckCancellationProposal(DecisionErrors.Subject(decision.Id), decision.Status, decision.PendingCancellation, proposer, reason, effectiveAt, now);
        if (refusal is not null)
        {
            return refusal;
        }

        var change = new DecisionEvent(decision.Id, DecisionEventKind.CancellationProposed, proposer.Id, now, reason.Trim(), effectiveAt?.ToUniversalTime());
        return decision with { Events = [.. decision.Events, change] };
    }

    /// <summary>Approves the pending cancellation: the decision becomes Cancelled from the later of the requested
    /// time and now, with the proposal's reason. Refusals: no-cancellation-pending, same-person-cannot-approve (the
    /// cancellation's proposer), approver-role-required, not-approved.</summary>
    public Result<Decision> Approve(Decision decision, Principal approver)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(approver);
        if (TwoPersonRule.CheckCancellationApproval(DecisionErrors.Subject(decision.Id), decision.Status, decision.PendingCancellation, approver) is { } refusal)
        {
            return refusal;
        }

        var pending = decision.PendingCancellation!;
        var now = _clock.GetUtcNow();
        var at = TwoPersonRule.CancellationTime(pending, now);
        return decision with
        {
            Status = DecisionStatus.Cancelled,
            CancelledAt = at,
            Reason = pending.Reason,
            Events = [.. decision.Events, new DecisionEvent(decision.Id, DecisionEventKind.Cancelled, approver.Id, now, pending.Reason)],
        };
    }

    /// <summary>Refuses the pending cancellation with <paramref name="reason"/>; the decision stays in force.
    /// Refusals: no-cancellation-pending, approver-role-required, reason-required, text-too-long,
    /// text-invalid-character.</summary>
    public Result<Decision> Reject(Decision decision, Principal approver, string reason)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(approver);
        var refusal = TwoPersonRule.CheckCancellationRejection(DecisionErrors.Subject(decision.Id), decision.PendingCancellation, approver, reason);
        if (refusal is not null)
        {
            return refusal;
        }

        var change = new DecisionEvent(decision.Id, DecisionEventKind.CancellationRejected, approver.Id, _clock.GetUtcNow(), reason.Trim());
        return decision with { Events = [.. decision.Events, change] };
    }

    /// <summary>Withdraws the pending cancellation: allowed to its proposer alone, because it never came into
    /// force. Refusals: no-cancellation-pending, not-cancellation-proposer.</summary>
    public Result<Decision> Withdraw(Decision decision, Principal proposer)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(proposer);
        if (TwoPersonRule.CheckCancellationWithdrawal(DecisionErrors.Subject(decision.Id), decision.PendingCancellation, proposer) is { } refusal)
        {
            return refusal;
        }

        var change = new DecisionEvent(decision.Id, DecisionEventKind.CancellationWithdrawn, proposer.Id, _clock.GetUtcNow(), null);
        return decision with { Events = [.. decision.Events, change] };
    }
}
