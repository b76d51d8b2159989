namespace Tocsin.Core.Plan.Territories;

/// <summary>What a CAP 1.2 <c>area</c> block says about a territory.</summary>
/// <param name="TerritoryId">The territory.</param>
/// <param name="Description">Text for <c>areaDesc</c>: the territory's name.</param>
/// <param name="Polygons">CAP <c>polygon</c> texts: space-separated <c>lat,lon</c> pairs, closed
/// (first pair = last), at most <see cref="CapAreaBuilder.MaxPointsPerPolygon"/> pairs, invariant culture.</param>
/// <param name="Geocodes">CAP <c>geocode</c> pairs.</param>
public sealed record CapArea(string TerritoryId, string Description, IReadOnlyList<string> Polygons, IReadOnlyList<CapGeocode> Geocodes);
