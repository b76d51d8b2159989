using Tocsin.Core.Plan.Measures;

namespace Tocsin.Core.Plan.Recipients;

/// <summary>One measure of a posture as addressed to one recipient: the catalogue entry, where it applies and
/// when (the posture's own period where the measure has no dates of its own).</summary>
/// <param name="Measure">The catalogue entry, public or restricted.</param>
/// <param name="TerritoryIds">Where the posture applies it (never empty).</param>
/// <param name="From">When it starts applying (UTC).</param>
/// <param name="Until">When it stops applying (UTC); null: until the posture ends.</param>
public sealed record AddressedMeasure(Measure Measure, IReadOnlyList<string> TerritoryIds, DateTimeOffset From, DateTimeOffset? Until);
