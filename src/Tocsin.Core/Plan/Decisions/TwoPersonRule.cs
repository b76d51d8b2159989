using Tocsin.Core.Principals;

namespace Tocsin.Core.Plan.Decisions;

/// <summary>The two-person rule, the same for every kind of plan act that changes what is in force (a level
/// decision, a protective posture): one principal proposes, a different one holding the approver role approves
/// or rejects; the proposer alone may withdraw what never came into force; a cancellation goes through the same
/// steps over the act's event list. Each check returns the refusal, or null when the step is allowed. Errors
/// name the act as <c>subject</c>, e.g. "Decision 0190…" or "Posture 0190…"; their codes are those of
/// <see cref="DecisionErrors"/>, whatever the act.</summary>
public static class TwoPersonRule
{
    /// <summary>Approving a proposal. Refusals, in this order: same-person-cannot-approve, approver-role-required,
    /// already-approved, not-pending.</summary>
    public static Error? CheckApproval(string subject, Guid proposedBy, DecisionStatus status, Principal approver)
    {
        ArgumentNullException.ThrowIfNull(approver);
        return approver.Id == proposedBy ? LifecycleErrors.SamePersonCannotApprove(subject)
            : !approver.Has(Role.Approver) ? DecisionErrors.ApproverRoleRequired(approver.Name)
            : status == DecisionStatus.Approved ? LifecycleErrors.AlreadyApproved(subject)
            : status != DecisionStatus.Proposed ? LifecycleErrors.NotPending(subject, status)
            : null;
    }

    /// <summary>Rejecting a proposal with <paramref name="reason"/>. Refusals: approver-role-required, not-pending,
    /// reason-required, text-too-long, text-invalid-character.</summary>
    public static Error? CheckRejection(string subject, DecisionStatus status, Principal approver, string? reason)
    {
        ArgumentNullException.ThrowIfNull(approver);
        return !approver.Has(Role.Approver) ? DecisionErrors.ApproverRoleRequired(approver.Name)
            : status != DecisionStatus.Proposed ? LifecycleErrors.NotPending(subject, status)
            : string.IsNullOrWhiteSpace(reason) ? LifecycleErrors.ReasonRequired("reject", subject)
            : DecisionTexts.Check("reason", reason.Trim(), DecisionTexts.MaxReasonLength);
    }

    /// <summary>Withdrawing a proposal, allowed to its proposer alone because it never came into force.
    /// Refusals: not-proposer, not-pending.</summary>
    public static Error? CheckWithdrawal(string subject, Guid proposedBy, DecisionStatus status, Principal proposer)
    {
        ArgumentNullException.ThrowIfNull(proposer);
        return proposer.Id != proposedBy ? LifecycleErrors.NotProposer(subject)
            : status != DecisionStatus.Proposed ? LifecycleErrors.NotPending(subject, status)
            : null;
    }

    /// <summary>The cancellation waiting for a second person in <paramref name="events"/> (oldest first), or null:
    /// the latest cancellation proposal when no approval, rejection or withdrawal of it has been recorded since.</summary>
    public static CancellationProposal? PendingCancellation(IEnumerable<(DecisionEventKind Kind, Guid PrincipalId, DateTimeOffset At, string? Note, DateTimeOffset? EffectiveAt)> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        CancellationProposal? pending = null;
        foreach (var change in events)
        {
            pending = change.Kind switch
            {
                DecisionEventKind.CancellationProposed => new CancellationProposal(change.PrincipalId, change.At, change.Note ?? string.Empty, change.EffectiveAt),
                DecisionEventKind.Cancelled or DecisionEventKind.CancellationRejected or DecisionEventKind.CancellationWithdrawn => null,
                DecisionEventKind.Proposed or DecisionEventKind.Approved or DecisionEventKind.Rejected or DecisionEventKind.Withdrawn => pending,
            };
        }

        return pending;
    }

    /// <summary>Proposing to cancel an approved act from <paramref name="effectiveAt"/> (on approval when null).
    /// Refusals, in this order: proposer-role-required, not-approved, cancellation-pending, reason-required,
    /// text-too-long, text-invalid-character, cancellation-in-past (nothing is rewritten backwards).</summary>
    public static Error? CheckCancellationProposal(string subject, DecisionStatus status, CancellationProposal? pending, Principal proposer,
        string? reason, DateTimeOffset? effectiveAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(proposer);
        return !proposer.Has(Role.Analyst) && !proposer.Has(Role.Approver) ? DecisionErrors.ProposerRoleRequired(proposer.Name)
            : status != DecisionStatus.Approved ? LifecycleErrors.NotApproved(subject, status)
            : pending is not null ? LifecycleErrors.CancellationPending(subject)
            : string.IsNullOrWhiteSpace(reason) ? LifecycleErrors.ReasonRequired("cancel", subject)
            : DecisionTexts.Check("reason", reason.Trim(), DecisionTexts.MaxReasonLength)
            ?? (effectiveAt?.ToUniversalTime() < now ? DecisionErrors.CancellationInPast(effectiveAt.Value.ToUniversalTime(), now) : null);
    }

    /// <summary>Approving the pending cancellation. Refusals: no-cancellation-pending, same-person-cannot-approve (the
    /// cancellation's proposer), approver-role-required, not-approved.</summary>
    public static Error? CheckCancellationApproval(string subject, DecisionStatus status, CancellationProposal? pending, Principal approver)
    {
        ArgumentNullException.ThrowIfNull(approver);
        return pending is null ? LifecycleErrors.NoCancellationPending(subject)
            : approver.Id == pending.ProposedBy ? LifecycleErrors.SamePersonCannotApprove(subject)
            : !approver.Has(Role.Approver) ? DecisionErrors.ApproverRoleRequired(approver.Name)
            : status != DecisionStatus.Approved ? LifecycleErrors.NotApproved(subject, status)
            : null;
    }

    /// <summary>Refusing the pending cancellation with <paramref name="reason"/>. Refusals: no-cancellation-pending,
    /// approver-role-required, reason-required, text-too-long, text-invalid-character.</summary>
    public static Error? CheckCancellationRejection(string subject, CancellationProposal? pending, Principal approver, string? reason)
    {
        ArgumentNullException.ThrowIfNull(approver);
        return pending is null ? LifecycleErrors.NoCancellationPending(subject)
            : !approver.Has(Role.Approver) ? DecisionErrors.ApproverRoleRequired(approver.Name)
            : string.IsNullOrWhiteSpace(reason) ? LifecycleErrors.ReasonRequired("reject the cancellation of", subject)
            : DecisionTexts.Check("reason", reason.Trim(), DecisionTexts.MaxReasonLength);
    }

    /// <summary>Withdrawing the pending cancellation, allowed to its proposer alone. Refusals: no-cancellation-pending,
    /// not-cancellation-proposer.</summary>
    public static Error? CheckCancellationWithdrawal(string subject, CancellationProposal? pending, Principal proposer)
    {
        ArgumentNullException.ThrowIfNull(proposer);
        return pending is null ? LifecycleErrors.NoCancellationPending(subject)
            : pending.ProposedBy != proposer.Id ? LifecycleErrors.NotCancellationProposer(subject)
            : null;
    }

    /// <summary>When an approved cancellation takes effect: the later of the requested time and now, never backdated.</summary>
    public static DateTimeOffset CancellationTime(CancellationProposal pending, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pending);
        return pending.EffectiveAt is { } requested && requested > now ? requested : now;
    }
}
