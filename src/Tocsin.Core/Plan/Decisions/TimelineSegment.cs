using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Plan.Decisions;

/// <summary>A stretch of time with one level on a territory, decided by one decision (or the baseline).</summary>
/// <param name="Start">Start (inclusive, UTC).</param>
/// <param name="End">End (exclusive, UTC).</param>
/// <param name="Level">The level in force.</param>
/// <param name="DecisionId">The deciding decision; null for the baseline.</param>
public sealed record TimelineSegment(DateTimeOffset Start, DateTimeOffset End, AlertLevel Level, Guid? DecisionId);
