using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Tocsin.Core;
using Tocsin.Core.Places;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Server.Feeds;
using Tocsin.Server.Plan;

namespace Tocsin.Server.Api;

/// <summary>"What is the level where I am?" by place name. Public and anonymous like <c>/api/v1/levels/point</c>,
/// with ETag / If-None-Match and <c>Cache-Control: public, max-age=60</c>. Only live decisions count.</summary>
public static class PlacesEndpoints
{
    /// <summary>Maps <c>/api/v1/places</c>.</summary>
    public static IEndpointRouteBuilder MapPlacesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/places").WithTags("Public status").AllowAnonymous()
            .MapGet("", SearchAsync)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    /// <summary><c>GET /api/v1/places?q=NAME[&amp;scheme=ID][&amp;at=TIME][&amp;limit=N]</c>: the places of the scheme's
    /// territory set whose name matches <c>q</c> (territory names; for France also every préfecture and every commune
    /// of at least 10,000 inhabitants), ignoring case, accents and punctuation, by prefix, with the level in force on
    /// each at <c>at</c> (RFC 3339; now by default). Homonyms are separate entries naming their territory. The scheme
    /// defaults to the configured one (Vigipirate); <c>limit</c> is 1..20, 10 by default. 200 <see cref="PlacesView"/>
    /// (an empty list when nothing matches); 304; 422 <c>place-query-empty</c>, <c>place-query-too-long</c> (over 100
    /// characters), <c>place-limit-out-of-range</c>, <c>unknown-scheme</c>.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> SearchAsync(
        HttpContext context, string? q, string? scheme, DateTimeOffset? at, int? limit, PlanDecisions plan, PublicationSettings settings,
        IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > Gazetteer.MaximumResults)
        {
            return Problems.For(new Error("place-limit-out-of-range", $"limit is between 1 and {Gazetteer.MaximumResults}; {limit} was given."));
        }

        var id = scheme ?? settings.DefaultScheme;
        if (await plan.StateAsync(id, DecisionTrack.Live, cancellationToken) is not { } state)
        {
            return Problems.For(DecisionErrors.UnknownScheme(id));
        }

        var set = plan.Catalogue.TerritoriesOf(plan.Catalogue.FindScheme(id)!);
        var found = Gazetteer.Of(set).Search(q ?? string.Empty, limit ?? 10);
        if (!found.IsSuccess)
        {
            return Problems.For(found.Error);
        }

        var when = (at ?? plan.Now()).ToUniversalTime();
        var overdue = state.OverdueForReview(when).Select(d => d.Id).ToHashSet();
        var entries = new Dictionary<string, LevelEntry>(StringComparer.Ordinal);
        var places = found.Value.Select(p => new PlaceView(p.Name, KindName(p.Kind), p.TerritoryId, p.TerritoryName, p.InseeCode, p.Population,
            p.Latitude, p.Longitude, EntryOf(p.TerritoryId))).ToList();
        var view = new PlacesView(q!, id, when, places);
        // The content changes with decisions, not with the clock: the ETag leaves out the time asked about.
        var etag = "W/" + HttpCaching.ETagOf(JsonSerializer.SerializeToUtf8Bytes(view with { At = default }, json.Value.SerializerOptions));
        var served = HttpCaching.Serve(context, JsonSerializer.SerializeToUtf8Bytes(view, json.Value.SerializerOptions), etag,
            "application/json; charset=utf-8", HttpCaching.ShortLived);
        return served.Result switch
        {
            FileContentHttpResult file => file,
            StatusCodeHttpResult status => status,
            _ => throw new InvalidOperationException("HttpCaching.Serve returns a file or a status."),
        };

        LevelEntry EntryOf(string territoryId)
        {
            if (!entries.TryGetValue(territoryId, out var entry))
            {
                entry = PlanStatus.Entry(set.Find(territoryId)!, state, when, overdue);
                entries[territoryId] = entry;
            }

            return entry;
        }
    }

    private static string KindName(PlaceKind kind) => kind switch
    {
        PlaceKind.Territory => "territory",
        PlaceKind.Prefecture => "prefecture",
        PlaceKind.Commune => "commune",
    };
}
