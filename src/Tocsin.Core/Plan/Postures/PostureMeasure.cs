namespace Tocsin.Core.Plan.Postures;

/// <summary>One measure a posture activates, where and when.</summary>
/// <param name="MeasureId">Id of a measure in the scheme's catalogue.</param>
/// <param name="TerritoryIds">Where it applies; never empty, each covered by one of the posture's territories.</param>
/// <param name="From">When it starts applying (UTC); null: the posture's start.</param>
/// <param name="Until">When it stops applying (UTC); null: the posture's end.</param>
public sealed record PostureMeasure(string MeasureId, IReadOnlyList<string> TerritoryIds, DateTimeOffset? From = null, DateTimeOffset? Until = null);
