namespace Tocsin.Server.Notifications;

/// <summary>One write to a decision, as the audit log recorded it.</summary>
/// <param name="Sequence">The audit entry's sequence: a change sequence every node reads alike.</param>
/// <param name="DecisionId">The decision written.</param>
/// <param name="Kinds">The events the write added, e.g. <c>Proposed</c>, <c>Approved</c>, <c>CancellationProposed</c>.</param>
/// <param name="Exercise">True for an exercise.</param>
/// <param name="Scheme">Scheme id.</param>
/// <param name="Level">Level key.</param>
/// <param name="Territories">Territory ids.</param>
public sealed record DecisionChange(long Sequence, Guid DecisionId, IReadOnlyList<string> Kinds, bool Exercise, string Scheme, string Level,
    IReadOnlyList<string> Territories);
