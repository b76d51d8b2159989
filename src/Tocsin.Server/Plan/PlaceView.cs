namespace Tocsin.Server.Plan;

/// <summary>One place found by name, with the level in force where it is.</summary>
/// <param name="Name">Official name, e.g. <c>Saint-Denis</c>.</param>
/// <param name="Kind"><c>territory</c>, <c>prefecture</c> or <c>commune</c>.</param>
/// <param name="Territory">The territory whose level applies, e.g. <c>FRA-D974</c>.</param>
/// <param name="TerritoryName">Its name, which tells homonyms apart, e.g. <c>La Réunion</c>.</param>
/// <param name="Insee">INSEE commune code; null for a territory.</param>
/// <param name="Population">Legal population; null for a territory.</param>
/// <param name="Latitude">WGS84 degrees of the commune's reference point; null for a territory.</param>
/// <param name="Longitude">WGS84 degrees; null for a territory.</param>
/// <param name="Status">The level in force on <paramref name="Territory"/>.</param>
public sealed record PlaceView(string Name, string Kind, string Territory, string TerritoryName, string? Insee, int? Population,
    double? Latitude, double? Longitude, LevelEntry Status);
