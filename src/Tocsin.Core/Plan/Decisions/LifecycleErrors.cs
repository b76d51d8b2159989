namespace Tocsin.Core.Plan.Decisions;

/// <summary>The refusals of <see cref="TwoPersonRule"/>, worded for any act (<c>subject</c> names it, e.g.
/// "Decision 0190…" or "Posture 0190…"); the codes are the same for every act.</summary>
public static class LifecycleErrors
{
    /// <summary><c>same-person-cannot-approve</c>.</summary>
    public static Error SamePersonCannotApprove(string subject) => new("same-person-cannot-approve", $"{subject} must be approved by someone other than its proposer.");

    /// <summary><c>already-approved</c>.</summary>
    public static Error AlreadyApproved(string subject) => new("already-approved", $"{subject} is already approved.");

    /// <summary><c>not-pending</c>: approve or reject what is not Proposed.</summary>
    public static Error NotPending(string subject, DecisionStatus status) => new("not-pending", $"{subject} is {status}, not waiting for approval.");

    /// <summary><c>not-approved</c>: cancel what is not Approved.</summary>
    public static Error NotApproved(string subject, DecisionStatus status) => new("not-approved", $"{subject} is {status}; only an approved {Noun(subject)} can be cancelled.");

    /// <summary><c>not-proposer</c>: only the proposer may withdraw a proposal alone.</summary>
    public static Error NotProposer(string subject) => new("not-proposer", $"Only the principal who proposed {Lower(subject)} may withdraw it.");

    /// <summary><c>cancellation-pending</c>.</summary>
    public static Error CancellationPending(string subject) => new("cancellation-pending", $"A cancellation of {Lower(subject)} already waits for approval.");

    /// <summary><c>no-cancellation-pending</c>.</summary>
    public static Error NoCancellationPending(string subject) => new("no-cancellation-pending", $"No cancellation of {Lower(subject)} waits for approval.");

    /// <summary><c>not-cancellation-proposer</c>.</summary>
    public static Error NotCancellationProposer(string subject) => new("not-cancellation-proposer", $"Only the principal who proposed the cancellation of {Lower(subject)} may withdraw it.");

    /// <summary><c>reason-required</c>.</summary>
    public static Error ReasonRequired(string action, string subject) =>
        new("reason-required", $"A reason is required to {action} a {Noun(subject)}.");

    private static string Noun(string subject) => Lower(subject).Split(' ')[0];

    private static string Lower(string subject) =>
        subject.Length == 0 ? subject : char.ToLowerInvariant(subject[0]) + subject[1..];
}
