using Tocsin.Core;
using Tocsin.Core.Places;
using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Server.Plan;

/// <summary>"What is the level where I am?" by place name: the gazetteer matches with the level in force on each,
/// from live decisions only (never an exercise). The one use case behind <c>GET /api/v1/places</c> and the public
/// page's look-up form.</summary>
public static class PlaceLevels
{
    /// <summary>The places of <paramref name="schemeId"/>'s territory set matching <paramref name="query"/>, with their
    /// level at <paramref name="at"/>. Refusals: <c>unknown-scheme</c>, <c>place-limit-out-of-range</c> (outside
    /// 1..<see cref="Gazetteer.MaximumResults"/>), and those of <see cref="Gazetteer.Search"/>.</summary>
    public static async Task<Result<PlacesView>> FindAsync(PlanDecisions plan, string schemeId, string? query, DateTimeOffset at, int limit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (limit is < 1 or > Gazetteer.MaximumResults)
        {
            return new Error("place-limit-out-of-range", $"limit is between 1 and {Gazetteer.MaximumResults}; {limit} was given.");
        }

        if (await plan.StateAsync(schemeId, DecisionTrack.Live, cancellationToken) is not { } state)
        {
            return DecisionErrors.UnknownScheme(schemeId);
        }

        var set = plan.Catalogue.TerritoriesOf(plan.Catalogue.FindScheme(schemeId)!);
        var found = Gazetteer.Of(set).Search(query ?? string.Empty, limit);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var when = at.ToUniversalTime();
        var overdue = state.OverdueForReview(when).Select(d => d.Id).ToHashSet();
        var entries = new Dictionary<string, LevelEntry>(StringComparer.Ordinal);
        LevelEntry EntryOf(string territoryId)
        {
            if (!entries.TryGetValue(territoryId, out var entry))
            {
                entry = PlanStatus.Entry(set.Find(territoryId)!, state, when, overdue);
                entries[territoryId] = entry;
            }

            return entry;
        }

        var places = found.Value.Select(p => new PlaceView(p.Name, KindName(p.Kind), p.TerritoryId, p.TerritoryName, p.InseeCode, p.Population,
            p.Latitude, p.Longitude, EntryOf(p.TerritoryId))).ToList();
        return new PlacesView(query!, schemeId, when, places);
    }

    private static string KindName(PlaceKind kind) => kind switch
    {
        PlaceKind.Territory => "territory",
        PlaceKind.Prefecture => "prefecture",
        PlaceKind.Commune => "commune",
    };
}
