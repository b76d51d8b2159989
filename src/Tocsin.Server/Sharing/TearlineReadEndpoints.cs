using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Server.Ingest;
using Tocsin.Storage;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Sharing;

/// <summary>The tearline room's reads over the API (docs/sharing.md, "Tearlines"): the released tearlines, one request,
/// and who would receive a tearline before it is released. An original over the caller's clearance is answered as an
/// unknown one.</summary>
public static class TearlineReadEndpoints
{
    /// <summary>Maps <c>GET /api/v1/tearlines</c>, <c>GET /api/v1/tearlines/requests/{id}</c> and
    /// <c>GET /api/v1/tearlines/audience</c>.</summary>
    public static IEndpointRouteBuilder MapTearlineReadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/tearlines", ReleasedAsync).WithTags("Sharing").RequireStaff(Role.Analyst, Role.Approver);
        endpoints.MapGet("/api/v1/tearlines/requests/{id:guid}", RequestAsync).WithTags("Sharing").RequireStaff(Role.Analyst, Role.Approver);
        endpoints.MapGet("/api/v1/tearlines/audience", AudienceAsync).WithTags("Sharing").RequireStaff(Role.Analyst);
        return endpoints;
    }

    /// <summary>The released tearlines of the collections the caller may read, newest first, each with the original it
    /// derives from when the caller may read the relationship.</summary>
    private static async Task<Ok<List<ReleasedTearlineResponse>>> ReleasedAsync(ClaimsPrincipal user, TearlineRoom room, CancellationToken cancellationToken)
    {
        var released = await room.ReleasedAsync(user, ReadPaths.Api, cancellationToken);
        return TypedResults.Ok(released.Select(r => new ReleasedTearlineResponse(r.Tearline.Id, r.Tearline.Type, Text(r.Tearline.Root, "name"),
            r.Collection.Alias, r.OriginalId, Text(r.Tearline.Root, "created"))).ToList());
    }

    /// <summary>One tearline request, pending or released, with the texts written for release: 200; 404
    /// <c>tearline-request-not-found</c> for an unknown request or one whose original the caller may not read.</summary>
    private static async Task<Results<Ok<TearlineRequestResponse>, ProblemHttpResult>> RequestAsync(Guid id, ClaimsPrincipal user, TearlineRoom room,
        CancellationToken cancellationToken)
    {
        if (await room.RequestAsync(user, id, ReadPaths.Api, cancellationToken) is not { } view)
        {
            return Problems.NotFound(new Error("tearline-request-not-found", $"There is no tearline request {id}."));
        }

        var request = view.Request;
        return TypedResults.Ok(new TearlineRequestResponse(request.Id, request.ObjectId, PartnerProfileRules.TlpName(request.Release),
            request.Status.ToString().ToLowerInvariant(), request.Texts.Released.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            [.. request.Texts.Omitted.Order(StringComparer.Ordinal)], [.. request.Texts.AsTheyStand.Order(StringComparer.Ordinal)],
            view.RequestedBy, request.RequestedAt, view.DecidedBy, request.DecidedAt, request.TearlineId));
    }

    /// <summary>Who would receive the tearline of <c>object</c> in <c>collection</c> (id or alias; the intelligence picture
    /// when absent) released at <c>release</c>, computed by the partners' own view computation before anything is stored:
    /// 200 with every partner and, for those that would not receive it, the reason code; 403 <c>collection-write-forbidden</c>;
    /// 404 for an unknown (or ungranted) collection or an object the caller may not read; 422 <c>unknown-tlp</c>,
    /// <c>tearline-type-refused</c>, <c>organisation-not-set</c> or <c>tearline-invalid</c>.</summary>
    private static async Task<Results<Ok<TearlineAudienceResponse>, ProblemHttpResult>> AudienceAsync([FromQuery(Name = "object")] string? objectId,
        string? collection, string? release, ClaimsPrincipal user, ITocsinStore store, TearlineAudience audience, CancellationToken cancellationToken)
    {
        var level = PartnerProfileRules.ParseTlp(release);
        if (!level.IsSuccess)
        {
            return Problems.For(level.Error);
        }

        var alias = string.IsNullOrWhiteSpace(collection) ? DraftService.PictureCollectionAlias : collection.Trim();
        var found = await store.FindCollectionAsync(alias, cancellationToken);
        if (found is null || string.IsNullOrWhiteSpace(objectId))
        {
            return Problems.NotFound(new Error(found is null ? "collection-not-found" : "object-not-found",
                found is null ? $"No collection '{alias}'." : "Name the original with ?object=."));
        }

        var rows = await audience.ForAsync(user, found, objectId, level.Value, cancellationToken);
        return rows.IsSuccess
            ? TypedResults.Ok(new TearlineAudienceResponse(objectId, found.Alias, PartnerProfileRules.TlpName(level.Value),
                [.. rows.Value.Select(r => new AudienceResponse(r.Partner, r.Country, r.Receives, r.Reason))]))
            : Problems.For(rows.Error);
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
