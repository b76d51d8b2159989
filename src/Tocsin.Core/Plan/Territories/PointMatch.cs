namespace Tocsin.Core.Plan.Territories;

/// <summary>How a point was matched to a territory.</summary>
public enum PointMatch
{
    /// <summary>The point lies inside (or on the edge of) the precise outline.</summary>
    Inside,

    /// <summary>The point lies outside every outline but within <see cref="TerritoryLocator.CoastalToleranceKm"/> of one.</summary>
    Nearest,

    /// <summary>No territory contains the point or lies within the tolerance.</summary>
    None,
}
