namespace Tocsin.Core.Plan.Decisions;

/// <summary>One state change of a decision: who did what, and when. Every transition appends one.</summary>
/// <param name="DecisionId">The decision.</param>
/// <param name="Kind">What happened.</param>
/// <param name="PrincipalId">Who did it.</param>
/// <param name="At">When it was recorded (UTC, from the injected clock).</param>
/// <param name="Note">The rejection or cancellation reason; null otherwise.</param>
public sealed record DecisionEvent(Guid DecisionId, DecisionEventKind Kind, Guid PrincipalId, DateTimeOffset At, string? Note);
