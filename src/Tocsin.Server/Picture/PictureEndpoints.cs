using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Picture;

/// <summary>Incidents and threat actors of the intelligence picture for analysts and administrators
/// (docs/analyst-workspace.md): 401 without credentials, 403 problem for other roles and partners, 400 problem for a
/// bad filter. Only what the caller's clearance admits is listed or answered; an id withheld from them is answered
/// exactly as an unknown one (404), and every version shown is on the read log through <c>api</c> first.</summary>
public static class PictureEndpoints
{
    /// <summary>Maps <c>GET /api/v1/incidents</c>, <c>/api/v1/incidents/{id}</c>, <c>/api/v1/actors</c> and
    /// <c>/api/v1/actors/{id}</c>.</summary>
    public static IEndpointRouteBuilder MapPictureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var incidents = endpoints.MapGroup("/api/v1/incidents").WithTags("Picture").RequireStaff(Role.Analyst, Role.Admin);
        incidents.MapGet("/", ListIncidentsAsync).WithSummary("List the incidents of the picture").ProducesProblem(StatusCodes.Status400BadRequest);
        incidents.MapGet("/{id}", IncidentAsync).WithSummary("Read an incident with its attribution view").ProducesProblem(StatusCodes.Status404NotFound);
        var actors = endpoints.MapGroup("/api/v1/actors").WithTags("Picture").RequireStaff(Role.Analyst, Role.Admin);
        actors.MapGet("/", ListActorsAsync).WithSummary("List the threat actors of the picture");
        actors.MapGet("/{id}", ActorAsync).WithSummary("Read a threat actor with its branches and incidents").ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>Registers the picture's read model.</summary>
    public static IServiceCollection AddTocsinPicture(this IServiceCollection services)
    {
        services.AddSingleton<PictureReader>();
        services.AddSingleton<PictureViews>();
        return services;
    }

    /// <summary>A page of incidents, newest first. Filters (all optional): <c>from</c>, <c>to</c> (date or RFC 3339),
    /// <c>place</c>, <c>outcome</c> (completed, attempted, foiled), <c>actor</c>, <c>attackType</c>, <c>marking</c>;
    /// <c>limit</c> 1–200 (50); <c>next</c> from the previous page, with the same filters.</summary>
    private static async Task<Results<Ok<IncidentListPage>, ProblemHttpResult>> ListIncidentsAsync(HttpContext http, PictureViews views,
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? place, [FromQuery] string? outcome, [FromQuery] string? actor,
        [FromQuery] string? attackType, [FromQuery] string? marking, [FromQuery] string? limit, [FromQuery] string? next, CancellationToken cancellationToken)
    {
        var filter = IncidentFilters.Parse(from, to, place, outcome, actor, attackType, marking, limit, next);
        return filter.IsSuccess
            ? TypedResults.Ok(await views.IncidentsAsync(http.User, filter.Value, ReadPaths.Api, cancellationToken))
            : Problems.For(filter.Error);
    }

    /// <summary>The incident, its places, the reports that mention it and every assertion attributing it, with grades
    /// and opinions.</summary>
    private static async Task<Results<Ok<IncidentDetail>, ProblemHttpResult>> IncidentAsync(HttpContext http, PictureViews views, string id, CancellationToken cancellationToken) =>
        await views.IncidentAsync(http.User, id, ReadPaths.Api, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : Problems.For(PictureErrors.IncidentNotFound);

    /// <summary>Threat actors and intrusion sets by name; <c>q</c> keeps those whose name or an alias contains it,
    /// ignoring case and accents.</summary>
    private static async Task<Ok<IReadOnlyList<ActorSummary>>> ListActorsAsync(HttpContext http, PictureViews views, [FromQuery] string? q, CancellationToken cancellationToken) =>
        TypedResults.Ok(await views.ActorsAsync(http.User, q, ReadPaths.Api, cancellationToken));

    /// <summary>The actor, its aliases, parent groups and branches, designations and attributed incidents.</summary>
    private static async Task<Results<Ok<ActorDetail>, ProblemHttpResult>> ActorAsync(HttpContext http, PictureViews views, string id, CancellationToken cancellationToken) =>
        await views.ActorAsync(http.User, id, ReadPaths.Api, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : Problems.For(PictureErrors.ActorNotFound);
}
