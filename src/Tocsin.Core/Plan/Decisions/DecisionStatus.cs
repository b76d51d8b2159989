namespace Tocsin.Core.Plan.Decisions;

/// <summary>Where a decision is in its life: Proposed → Approved | Rejected | Withdrawn; Approved → Cancelled, once a second
/// person approves a proposed cancellation (<see cref="Decision.PendingCancellation"/>).</summary>
public enum DecisionStatus
{
    /// <summary>Waiting for an approver.</summary>
    Proposed,

    /// <summary>Approved by a different principal holding the approver role; may be in force.</summary>
    Approved,

    /// <summary>Refused by an approver, with a reason. Final.</summary>
    Rejected,

    /// <summary>Withdrawn by its proposer before any approval: it never came into force. Final.</summary>
    Withdrawn,

    /// <summary>Approved, then cancelled from a given time by a cancellation two people agreed. Final.</summary>
    Cancelled,
}
