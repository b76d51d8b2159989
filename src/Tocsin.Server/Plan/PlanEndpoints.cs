using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Server.Api;

namespace Tocsin.Server.Plan;

/// <summary>Schemes and territory timelines. Public, except restricted measures and exercise timelines,
/// which need a principal holding a role.</summary>
public static class PlanEndpoints
{
    /// <summary>Maps <c>/api/v1/schemes</c> and <c>/api/v1/territories/{id}/timeline</c>.</summary>
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1").WithTags("Alert plan").AllowAnonymous();
        group.MapGet("/schemes", Schemes);
        group.MapGet("/schemes/{id}", Scheme);
        group.MapGet("/territories/{id}/timeline", TimelineAsync);
        return endpoints;
    }

    /// <summary><c>GET /api/v1/schemes</c>: every scheme with its levels and measures; restricted measures
    /// only for a caller holding a role.</summary>
    private static Ok<IReadOnlyList<SchemeView>> Schemes(ClaimsPrincipal user, PlanDecisions plan) =>
        TypedResults.Ok<IReadOnlyList<SchemeView>>([.. plan.Catalogue.Schemes.Select(s => SchemeView.From(s, plan.Catalogue.MeasuresOf(s.Id), ReadAccess.Allows(user)))]);

    /// <summary><c>GET /api/v1/schemes/{id}</c>: one scheme; 404 <c>unknown-scheme</c>.</summary>
    private static Results<Ok<SchemeView>, ProblemHttpResult> Scheme(string id, ClaimsPrincipal user, PlanDecisions plan) =>
        plan.Catalogue.FindScheme(id) is { } scheme
            ? TypedResults.Ok(SchemeView.From(scheme, plan.Catalogue.MeasuresOf(id), ReadAccess.Allows(user)))
            : Problems.NotFound(DecisionErrors.UnknownScheme(id));

    /// <summary><c>GET /api/v1/territories/{id}/timeline[?scheme=ID][&amp;from=TIME][&amp;to=TIME][&amp;track=live|exercise]</c>:
    /// the territory's history as contiguous segments. <c>from</c> defaults to the first decision's start
    /// (or a year before <c>to</c>), <c>to</c> to now. The scheme defaults to the one whose territory set holds
    /// the territory. 200; 401 for the exercise track without credentials, 403 without a role; 404
    /// <c>unknown-territory</c>; 422 <c>timeline-range</c>, <c>unknown-scheme</c>.</summary>
    private static async Task<Results<Ok<TimelineView>, ProblemHttpResult, UnauthorizedHttpResult, ForbidHttpResult>> TimelineAsync(
        string id, string? scheme, DateTimeOffset? from, DateTimeOffset? to, string? track, ClaimsPrincipal user, PlanDecisions plan,
        CancellationToken cancellationToken)
    {
        var exercise = string.Equals(track, "exercise", StringComparison.OrdinalIgnoreCase);
        if (exercise && user.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Unauthorized();
        }

        if (exercise && !ReadAccess.Allows(user))
        {
            return TypedResults.Forbid();
        }

        var alertScheme = scheme is null ? SchemeOf(plan, id) : plan.Catalogue.FindScheme(scheme);
        if (alertScheme is null)
        {
            return scheme is null
                ? Problems.NotFound(new Error("unknown-territory", $"There is no territory '{id}'."))
                : Problems.For(DecisionErrors.UnknownScheme(scheme));
        }

        var state = (await plan.StateAsync(alertScheme.Id, exercise ? DecisionTrack.Exercise : DecisionTrack.Live, cancellationToken))!;
        var set = plan.Catalogue.TerritoriesOf(alertScheme);
        if (set.Find(id) is not { } territory)
        {
            return Problems.NotFound(new Error("unknown-territory", $"Scheme '{alertScheme.Id}' has no territory '{id}'."));
        }

        var end = (to ?? plan.Now()).ToUniversalTime();
        var start = (from ?? (state.Periods.Count > 0 ? state.Periods[0].Start.AddDays(-1) : end.AddYears(-1))).ToUniversalTime();
        var timeline = state.Timeline(id, start, end);
        if (!timeline.IsSuccess)
        {
            return Problems.For(timeline.Error);
        }

        return TypedResults.Ok(new TimelineView(alertScheme.Id, id, territory.Name, exercise ? "exercise" : "live", start, end,
            [.. timeline.Value.Select(s => new TimelineView.SegmentView(s.Start, s.End, s.Level.Key, s.Level.Names, s.Level.Colour, s.DecisionId))]));
    }

    // Territory ids start with their set's id (FRA-D75): only that set is loaded.
    private static AlertScheme? SchemeOf(PlanDecisions plan, string territoryId)
    {
        var setId = territoryId.Split('-')[0];
        return plan.Catalogue.Schemes.FirstOrDefault(s =>
            string.Equals(s.TerritorySetId, setId, StringComparison.Ordinal) && plan.Catalogue.TerritoriesOf(s).Contains(territoryId));
    }
}
