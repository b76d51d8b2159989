namespace Tocsin.Core.Plan.Territories;

/// <summary>The territories a point belongs to.</summary>
/// <param name="Territories">The innermost territory found, then its ancestors up to the nation;
/// empty when <paramref name="Match"/> is <see cref="PointMatch.None"/>.</param>
/// <param name="Match">Inside an outline, nearest within the tolerance, or none.</param>
/// <param name="DistanceKm">0 inside; the distance to the outline in kilometres when nearest; null when none.</param>
public sealed record PointLocation(IReadOnlyList<Territory> Territories, PointMatch Match, double? DistanceKm);
