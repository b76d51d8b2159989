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

    /// <summary>The decision was cancelled.</summary>
    Cancelled,
}
