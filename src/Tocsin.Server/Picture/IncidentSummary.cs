namespace Tocsin.Server.Picture;

/// <summary>One incident in the list: when (RFC 3339 as stored, see <see cref="IncidentFacts.When"/>), outcome
/// (completed, attempted, foiled or null), places, the actors it is attributed to by some readable assertion, attack
/// types, casualties when known, and the names of its markings.</summary>
public sealed record IncidentSummary(
    string Id,
    string Name,
    string? When,
    string? Outcome,
    IReadOnlyList<ObjectLink> Places,
    IReadOnlyList<ObjectLink> Actors,
    IReadOnlyList<string> AttackTypes,
    int? Killed,
    int? Injured,
    IReadOnlyList<string> Markings);

/// <summary>A page of incidents, newest first; pass <c>next</c> back with the same filters while <c>more</c>.</summary>
public sealed record IncidentListPage(IReadOnlyList<IncidentSummary> Incidents, bool More, string? Next);
