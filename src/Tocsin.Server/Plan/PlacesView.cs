namespace Tocsin.Server.Plan;

/// <summary>The answer to a place look-up.</summary>
/// <param name="Query">The name asked for, as given.</param>
/// <param name="Scheme">Scheme id.</param>
/// <param name="At">The instant asked about (UTC).</param>
/// <param name="Places">Matches, best first: exact names, then names starting with the query, then names with a later
/// word starting with it; the most populous first within each. Empty when nothing matches.</param>
public sealed record PlacesView(string Query, string Scheme, DateTimeOffset At, IReadOnlyList<PlaceView> Places);
