using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Storage.Plan;

/// <summary>A published change of a posture (its approval or its cancellation), written in the same
/// transaction as the change itself, numbered in the order they were recorded. Followers (the delivery to
/// recipients) read them after a cursor and so never miss or repeat one.</summary>
/// <param name="Sequence">Strictly increasing number, shared by nothing else.</param>
/// <param name="PostureId">The posture that changed.</param>
/// <param name="Kind"><see cref="DecisionEventKind.Approved"/> or <see cref="DecisionEventKind.Cancelled"/>.</param>
/// <param name="At">When the change was recorded (UTC).</param>
public sealed record PostureChange(long Sequence, Guid PostureId, DecisionEventKind Kind, DateTimeOffset At);
