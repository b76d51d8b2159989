namespace Tocsin.Core.Places;

/// <summary>A named place and the territory whose level applies there.</summary>
/// <param name="Name">Official name, e.g. <c>Saint-Denis</c>, <c>Évry-Courcouronnes</c>, <c>Guyane</c>.</param>
/// <param name="Kind">Territory, préfecture or commune.</param>
/// <param name="TerritoryId">The innermost territory of the set holding the place, e.g. <c>FRA-D93</c>; the
/// territory itself for a territory.</param>
/// <param name="TerritoryName">That territory's name, which tells homonyms apart (Saint-Denis, Seine-Saint-Denis;
/// Saint-Denis, La Réunion).</param>
/// <param name="InseeCode">INSEE commune code (COG), e.g. <c>93066</c>; null for a territory.</param>
/// <param name="Population">Legal population (INSEE); null for a territory.</param>
/// <param name="Latitude">WGS84 degrees of the commune's reference point; null for a territory.</param>
/// <param name="Longitude">WGS84 degrees; null for a territory.</param>
public sealed record Place(
    string Name,
    PlaceKind Kind,
    string TerritoryId,
    string TerritoryName,
    string? InseeCode,
    int? Population,
    double? Latitude,
    double? Longitude);
