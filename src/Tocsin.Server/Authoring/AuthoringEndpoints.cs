using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Server.Classification;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Authoring;

/// <summary>The authoring API (docs/authoring.md): create and edit incidents, threat actors and reports, record
/// assertions and opinions, read an object's history. Writing needs the analyst or admin role (403 otherwise, 401
/// without credentials) and a write grant on the picture (administrators may write anywhere); the history is for any
/// staff role, cleared like every staff read. Refusals are RFC 9457 problems with a <c>code</c> and write nothing.</summary>
public static class AuthoringEndpoints
{
    /// <summary>Maps the authoring routes under <c>/api/v1</c>.</summary>
    public static IEndpointRouteBuilder MapAuthoringEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var write = endpoints.MapGroup("/api/v1").WithTags("Authoring").RequireStaff(Role.Analyst, Role.Admin);
        write.MapPost("/incidents", CreateIncident);
        write.MapPut("/incidents/{id}", EditIncident);
        write.MapPost("/actors", CreateActor);
        write.MapPut("/actors/{id}", EditActor);
        write.MapPost("/reports", CreateReport);
        write.MapPut("/reports/{id}", EditReport);
        write.MapPost("/incidents/{id}/assertions", Assert);
        write.MapPost("/assertions/{id}/opinions", Opine);
        endpoints.MapGroup("/api/v1").WithTags("Authoring").RequireStaff().MapGet("/objects/{id}/history", History);
        return endpoints;
    }

    /// <summary><c>POST /api/v1/incidents</c>: creates an incident created by our organisation. 201 with the STIX object.
    /// 403 without a write grant on the picture; 422 for a field refused (<c>{field}-required</c>, <c>{field}-invalid</c>).</summary>
    private static async Task<Results<Created<JsonElement>, ProblemHttpResult>> CreateIncident(IncidentFields fields, ClaimsPrincipal user,
        PictureAuthoring authoring, CancellationToken cancellationToken) =>
        Created("incidents", await authoring.CreateIncidentAsync(user, fields, cancellationToken));

    /// <summary><c>PUT /api/v1/incidents/{id}</c>: saves a new version of the incident (same id, later <c>modified</c>);
    /// the body's <c>modified</c> names the version edited. 200 with the new version. 404 unknown (or not readable);
    /// 409 <c>object-not-ours</c> (another organisation's object: only its creator versions it) or
    /// <c>version-stale</c> (someone saved since); 422 field refusals or <c>modified-required</c>.</summary>
    private static async Task<Results<Ok<JsonElement>, ProblemHttpResult>> EditIncident(string id, IncidentFields fields, ClaimsPrincipal user,
        PictureAuthoring authoring, CancellationToken cancellationToken) =>
        Saved(await authoring.EditIncidentAsync(user, id, fields, cancellationToken));

    /// <summary><c>POST /api/v1/actors</c>: creates a threat actor. 201 with the STIX object; 403 without a write grant;
    /// 422 for a field refused.</summary>
    private static async Task<Results<Created<JsonElement>, ProblemHttpResult>> CreateActor(ActorFields fields, ClaimsPrincipal user,
        PictureAuthoring authoring, CancellationToken cancellationToken) =>
        Created("actors", await authoring.CreateActorAsync(user, fields, cancellationToken));

    /// <summary><c>PUT /api/v1/actors/{id}</c>: saves a new version of the threat actor; refusals as for incidents.</summary>
    private static async Task<Results<Ok<JsonElement>, ProblemHttpResult>> EditActor(string id, ActorFields fields, ClaimsPrincipal user,
        PictureAuthoring authoring, CancellationToken cancellationToken) =>
        Saved(await authoring.EditActorAsync(user, id, fields, cancellationToken));

    /// <summary><c>POST /api/v1/reports</c>: creates a report. 201 with the STIX object; 403 without a write grant; 422
    /// for a field refused.</summary>
    private static async Task<Results<Created<JsonElement>, ProblemHttpResult>> CreateReport(ReportFields fields, ClaimsPrincipal user,
        PictureAuthoring authoring, CancellationToken cancellationToken) =>
        Created("reports", await authoring.CreateReportAsync(user, fields, cancellationToken));

    /// <summary><c>PUT /api/v1/reports/{id}</c>: saves a new version of the report; refusals as for incidents.</summary>
    private static async Task<Results<Ok<JsonElement>, ProblemHttpResult>> EditReport(string id, ReportFields fields, ClaimsPrincipal user,
        PictureAuthoring authoring, CancellationToken cancellationToken) =>
        Saved(await authoring.EditReportAsync(user, id, fields, cancellationToken));

    /// <summary><c>POST /api/v1/incidents/{id}/assertions</c>: records who is said to have done the incident, by whom,
    /// on what basis, when, in which report and with which Admiralty grade, as an <c>attributed-to</c> relationship with
    /// the assertion extension; <c>confidence</c> follows from the grade. 201 with the relationship. 404 unknown incident;
    /// 403 without a write grant; 422 for a field refused (a target, asserter or report the picture does not hold).</summary>
    private static async Task<Results<Created<JsonElement>, ProblemHttpResult>> Assert(string id, AssertionFields fields, ClaimsPrincipal user,
        PictureAuthoring authoring, CancellationToken cancellationToken)
    {
        var recorded = await authoring.AssertAsync(user, id, fields, cancellationToken);
        return recorded.IsSuccess
            ? TypedResults.Created($"/api/v1/objects/{recorded.Value.Id}/history", recorded.Value.Root)
            : Problems.For(recorded.Error);
    }

    /// <summary><c>POST /api/v1/assertions/{id}/opinions</c>: records an opinion (agree, disagree…) on an assertion; the
    /// assertion is never edited. 201 with the opinion. 404 unknown assertion; 403 without a write grant; 422 for a field
    /// refused.</summary>
    private static async Task<Results<Created<JsonElement>, ProblemHttpResult>> Opine(string id, OpinionFields fields, ClaimsPrincipal user,
        PictureAuthoring authoring, CancellationToken cancellationToken)
    {
        var recorded = await authoring.OpineAsync(user, id, fields, cancellationToken);
        return recorded.IsSuccess
            ? TypedResults.Created($"/api/v1/objects/{recorded.Value.Id}/history", recorded.Value.Root)
            : Problems.For(recorded.Error);
    }

    /// <summary><c>GET /api/v1/objects/{id}/history</c>: every version of the object the reader may read, oldest first,
    /// each with the properties added, removed or changed since the one before. 404 when the reader can read none
    /// (the same answer as an unknown id).</summary>
    private static async Task<Results<Ok<ObjectHistory>, ProblemHttpResult>> History(string id, ClaimsPrincipal user, ReadGate gate,
        PictureHistory history, CancellationToken cancellationToken)
    {
        var reader = await gate.ForAsync(user, cancellationToken);
        return await history.FindAsync(reader, id, ReadPaths.Api, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : Problems.For(AuthoringErrors.NotFound(id));
    }

    private static Results<Created<JsonElement>, ProblemHttpResult> Created(string area, Result<StixObject> saved) =>
        saved.IsSuccess ? TypedResults.Created($"/api/v1/{area}/{saved.Value.Id}", saved.Value.Root) : Problems.For(saved.Error);

    private static Results<Ok<JsonElement>, ProblemHttpResult> Saved(Result<StixObject> saved) =>
        saved.IsSuccess ? TypedResults.Ok(saved.Value.Root) : Problems.For(saved.Error);
}
