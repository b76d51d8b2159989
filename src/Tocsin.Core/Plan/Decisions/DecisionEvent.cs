namespace Tocsin.Core.Plan.Decisions;

/// <summary>One state change of a decision: who did what, and when. Every transition appends one.</summary>
/// <param name="DecisionId">The decision.</param>
/// <param name="Kind">What happened.</param>
/// <param name="PrincipalId">Who did it.</param>
/// <param name="At">When it was recorded (UTC, from the injected clock).</param>
/// <param name="Note">The reason of a rejection, a cancellation proposal or a cancellation rejection; null otherwise.</param>
/// <param name="EffectiveAt">A cancellation proposal's requested effective time (UTC); null otherwise, and null
/// for a cancellation that takes effect on approval.</param>
public sealed record DecisionEvent(Guid DecisionId, DecisionEventKind Kind, Guid PrincipalId, DateTimeOffset At, string? Note, DateTimeOffset? EffectiveAt = null);
