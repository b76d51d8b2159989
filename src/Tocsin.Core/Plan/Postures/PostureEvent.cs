using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Core.Plan.Postures;

/// <summary>One state change of a posture; a posture goes through the same states as a level decision
/// (<see cref="DecisionEventKind"/>), with the same two-person rule.</summary>
/// <param name="PostureId">The posture.</param>
/// <param name="Kind">What happened.</param>
/// <param name="PrincipalId">Who did it.</param>
/// <param name="At">When it was recorded (UTC, from the injected clock).</param>
/// <param name="Note">The reason of a rejection, a cancellation proposal or a cancellation rejection; null otherwise.</param>
/// <param name="EffectiveAt">A cancellation proposal's requested effective time (UTC); null otherwise.</param>
public sealed record PostureEvent(Guid PostureId, DecisionEventKind Kind, Guid PrincipalId, DateTimeOffset At, string? Note, DateTimeOffset? EffectiveAt = null);
