using System.Text.Json.Serialization;

namespace Tocsin.Server.Plan;

/// <summary>The level in force at a point.</summary>
/// <param name="Latitude">WGS84 degrees, as asked.</param>
/// <param name="Longitude">WGS84 degrees, as asked.</param>
/// <param name="Match"><c>inside</c> an outline, or <c>nearest</c> within 12 km of the coast.</param>
/// <param name="DistanceKm">0 inside; the distance to the outline when nearest.</param>
/// <param name="Territories">The innermost territory, then its ancestors up to the nation.</param>
/// <param name="Status">The level in force on the innermost territory.</param>
/// <param name="Scheme">Scheme id.</param>
/// <param name="At">The instant asked about (UTC, to the millisecond).</param>
public sealed record PointView(double Latitude, double Longitude, string Match, double? DistanceKm, IReadOnlyList<string> Territories,
    LevelEntry Status, string Scheme, [property: JsonConverter(typeof(MillisecondInstant))] DateTimeOffset At);
