using System.Text.Json.Serialization;

namespace Tocsin.Server.Plan;

/// <summary>The public status: the level in force per territory of a scheme at an instant.</summary>
/// <param name="Scheme">Scheme id.</param>
/// <param name="At">The instant asked about (UTC, to the millisecond).</param>
/// <param name="Entries">The nation first, then every territory a live decision of the scheme ever named, in
/// the territory set's order.</param>
public sealed record LevelsView(string Scheme, [property: JsonConverter(typeof(MillisecondInstant))] DateTimeOffset At, IReadOnlyList<LevelEntry> Entries);
