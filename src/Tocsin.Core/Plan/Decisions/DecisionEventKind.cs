namespace Tocsin.Core.Plan.Decisions;

/// <summary>The state change a <see cref="DecisionEvent"/> records.</summary>
public enum DecisionEventKind
{
    /// <summary>The decision was proposed.</summary>
    Proposed,

    /// <summary>The decision was approved.</summary>
    Approved,

    /// <summary>The decision was rejected.</summary>
    Rejected,

    /// <summary>The proposer withdrew the decision before it was approved.</summary>
    Withdrawn,

    /// <summary>The decision was cancelled: a second person approved a pending cancellation.</summary>
    Cancelled,

    /// <summary>Its cancellation was proposed; the decision stays in force until a second person approves.</summary>
    CancellationProposed,

    /// <summary>An approver refused the pending cancellation; the decision stays in force.</summary>
    CancellationRejected,

    /// <summary>The proposer withdrew the pending cancellation, which never came into force.</summary>
    CancellationWithdrawn,
}
