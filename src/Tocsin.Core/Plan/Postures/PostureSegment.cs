namespace Tocsin.Core.Plan.Postures;

/// <summary>A stretch of time during which one posture (or none) is in force on a territory.</summary>
/// <param name="Start">Start (inclusive, UTC).</param>
/// <param name="End">End (exclusive, UTC).</param>
/// <param name="PostureId">The posture in force; null when none is (the level's default measures apply).</param>
public sealed record PostureSegment(DateTimeOffset Start, DateTimeOffset End, Guid? PostureId);
