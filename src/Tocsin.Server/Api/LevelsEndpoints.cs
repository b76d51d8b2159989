using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Territories;
using Tocsin.Server.Feeds;
using Tocsin.Server.Plan;
using Tocsin.Server.Snapshot;

namespace Tocsin.Server.Api;

/// <summary>The public level status (DESIGN "Interfaces": these URLs are contracts). Unauthenticated, with
/// ETag / If-None-Match and <c>Cache-Control: public, max-age=60</c>. Only live decisions count: an exercise
/// never appears here.</summary>
public static class LevelsEndpoints
{
    /// <summary>Maps <c>/api/v1/levels</c> and <c>/api/v1/levels/point</c>.</summary>
    public static IEndpointRouteBuilder MapLevelsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/levels").WithTags("Public status").AllowAnonymous();
        group.MapGet("", LevelsAsync);
        group.MapGet("/point", PointAsync);
        return endpoints;
    }

    /// <summary><c>GET /api/v1/levels[?scheme=ID][&amp;at=TIME]</c>: the level in force on the nation and on every
    /// territory a decision named, at <c>at</c> (RFC 3339; now by default) for the scheme (the configured
    /// default, Vigipirate, when omitted). 200 <see cref="LevelsView"/>; 304; 422 <c>unknown-scheme</c>. Now is served
    /// from the public snapshot; another instant is computed from the store.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> LevelsAsync(
        HttpContext context, string? scheme, DateTimeOffset? at, PlanDecisions plan, PublicSnapshots snapshots, PublicationSettings settings,
        IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var id = scheme ?? settings.DefaultScheme;
        if (at is null)
        {
            var now = plan.Now();
            var snapshot = await snapshots.AtAsync(now, cancellationToken);
            return snapshot.Schemes.TryGetValue(id, out var current)
                ? Serve(context, current.LevelsAt(MillisecondInstant.Json(now)), current.LevelsETag)
                : Problems.For(DecisionErrors.UnknownScheme(id));
        }

        if (await plan.StateAsync(id, DecisionTrack.Live, cancellationToken) is not { } state)
        {
            return Problems.For(DecisionErrors.UnknownScheme(id));
        }

        var alertScheme = plan.Catalogue.FindScheme(id)!;
        var view = PlanStatus.Levels(alertScheme, plan.Catalogue.TerritoriesOf(alertScheme), state, MillisecondInstant.Truncate(at.Value));
        // The content changes with decisions, not with the clock: the ETag leaves out the time asked about.
        return Serve(context, view, view with { At = default }, json.Value);
    }

    /// <summary><c>GET /api/v1/levels/point?lat=..&amp;lon=..[&amp;scheme=ID][&amp;at=TIME]</c>: the territory containing
    /// the WGS84 point (or the nearest within 12 km of a coast) and the level in force there. 200
    /// <see cref="PointView"/>; 304; 404 <c>point-outside-territories</c>; 422 <c>coordinates-out-of-range</c>,
    /// <c>unknown-scheme</c>. Now, the level of each territory comes from the public snapshot and only the point is
    /// located per request.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> PointAsync(
        HttpContext context, double lat, double lon, string? scheme, DateTimeOffset? at, PlanDecisions plan, PublicSnapshots snapshots,
        PublicationSettings settings, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var id = scheme ?? settings.DefaultScheme;
        var when = MillisecondInstant.Truncate(at ?? plan.Now());
        var levels = await LevelsOfAsync(id, at is null, when, plan, snapshots, cancellationToken);
        if (levels is not var (set, entryOf))
        {
            return Problems.For(DecisionErrors.UnknownScheme(id));
        }

        var view = PointAnswer.Locate(plan, set, entryOf, id, lat, lon, when);
        return view.IsSuccess ? Serve(context, view.Value, view.Value with { At = default }, json.Value) : Problems.For(view.Error);
    }

    // The territories of the scheme and the level in force on each at `when`: from the snapshot for now, else from the
    // store; null for an unknown scheme.
    private static async Task<(TerritorySet Set, Func<Territory, LevelEntry> EntryOf)?> LevelsOfAsync(
        string id, bool now, DateTimeOffset when, PlanDecisions plan, PublicSnapshots snapshots, CancellationToken cancellationToken)
    {
        if (now)
        {
            var snapshot = await snapshots.AtAsync(when, cancellationToken);
            return snapshot.Schemes.TryGetValue(id, out var current) ? (current.Territories, t => current.Entries[t.Id]) : null;
        }

        if (await plan.StateAsync(id, DecisionTrack.Live, cancellationToken) is not { } state)
        {
            return null;
        }

        var overdue = state.OverdueForReview(when).Select(d => d.Id).ToHashSet();
        return (plan.Catalogue.TerritoriesOf(plan.Catalogue.FindScheme(id)!), t => PlanStatus.Entry(t, state, when, overdue));
    }

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Serve<T>(HttpContext context, T view, T timeless, JsonOptions json)
    {
        var (bytes, etag) = PointAnswer.Json(view, timeless, json.SerializerOptions);
        return Serve(context, bytes, etag);
    }

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Serve(HttpContext context, byte[] bytes, string etag)
    {
        var served = HttpCaching.Serve(context, bytes, etag, "application/json; charset=utf-8", HttpCaching.ShortLived);
        return served.Result switch
        {
            FileContentHttpResult file => file,
            StatusCodeHttpResult status => status,
            _ => throw new InvalidOperationException("HttpCaching.Serve returns a file or a status."),
        };
    }
}
