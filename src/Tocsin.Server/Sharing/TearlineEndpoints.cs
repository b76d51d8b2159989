using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Server.Api;
using Tocsin.Server.Classification;
using Tocsin.Server.Auth;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Sharing;

/// <summary>Tearline release (docs/sharing.md, "Tearlines"): an analyst writes the released text; a tearline that
/// releases properties as they stand waits for a second person with the approver role. Both need read and write
/// grants on the collection, like TAXII: no grant answers 404 as for an unknown collection, a partial one 403.</summary>
public static class TearlineEndpoints
{
    /// <summary>Maps <c>POST /api/v1/tearlines</c>, <c>GET /api/v1/tearlines/requests</c> and
    /// <c>POST /api/v1/tearlines/requests/{id}/approve</c>.</summary>
    public static IEndpointRouteBuilder MapTearlineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/tearlines", CreateAsync).WithTags("Sharing").RequireStaff(Role.Analyst);
        endpoints.MapGet("/api/v1/tearlines/requests", PendingAsync).WithTags("Sharing").RequireStaff(Role.Analyst, Role.Approver);
        endpoints.MapPost("/api/v1/tearlines/requests/{id:guid}/approve", ApproveAsync).WithTags("Sharing").RequireStaff(Role.Approver);
        endpoints.MapTearlineReadEndpoints();
        return endpoints;
    }

    /// <summary>Releases a tearline written by the caller: 201 with the tearline; 202 with a pending request when
    /// any property is released as it stands; 400 for a bad level or an object that cannot be released; 403
    /// <c>collection-write-forbidden</c>; 404 for an unknown (or ungranted) collection or object; 422
    /// <c>tearline-text-missing</c>, <c>tearline-text-copied</c>, <c>tearline-text-shape</c>,
    /// <c>tearline-text-not-text</c>.</summary>
    private static async Task<Results<Created<TearlineResponse>, Accepted<PendingTearlineResponse>, ProblemHttpResult>> CreateAsync(
        ReleaseTearlineRequest request, ClaimsPrincipal user, ITocsinStore store, ReadGate gate, TimeProvider clock, CancellationToken cancellationToken)
    {
        var level = PartnerProfileRules.ParseTlp(request.Release);
        if (!level.IsSuccess)
        {
            return Problems.For(level.Error);
        }

        var texts = request.ToTexts();
        if (!texts.IsSuccess)
        {
            return Problem(texts.Error);
        }

        var collection = request.Collection is null ? null : await store.FindCollectionAsync(request.Collection, cancellationToken);
        var analyst = await store.FindPrincipalAsync(user.Identity!.Name!, cancellationToken);
        if (collection is null || request.ObjectId is null || analyst is null)
        {
            return Problems.NotFound(new Error("collection-not-found", $"No collection '{request.Collection}'."));
        }

        // An original the analyst is not cleared for is answered as one the collection does not hold: a tearline would
        // otherwise release, downgraded, what its writer may not even read.
        var reader = await gate.ForAsync(user, cancellationToken);
        var outcome = await TearlineRelease.CreateAsync(store, collection, request.ObjectId, level.Value, texts.Value, analyst, reader.MayRead, clock,
            cancellationToken);
        if (!outcome.IsSuccess)
        {
            return Problem(outcome.Error);
        }

        if (outcome.Value.Pending is { } pending)
        {
            return TypedResults.Accepted($"/api/v1/tearlines/requests/{pending.Id:D}", Pending(pending, analyst.Name));
        }

        return Created(outcome.Value.Released!);
    }

    /// <summary>The tearlines waiting for a second person, oldest first, without those whose original the caller may not read.</summary>
    private static async Task<Ok<List<PendingTearlineResponse>>> PendingAsync(ClaimsPrincipal user, TearlineRoom room, CancellationToken cancellationToken) =>
        TypedResults.Ok((await room.PendingAsync(user, cancellationToken)).Select(v => Pending(v.Request, v.RequestedBy)).ToList());

    /// <summary>Approves a pending tearline as the caller, who must hold the approver role and differ from who asked:
    /// 201 with the tearline; 403 <c>same-person-cannot-approve</c>, <c>collection-write-forbidden</c>; 404; 409
    /// <c>tearline-request-decided</c>; 422 when the original changed so that the texts no longer fit.</summary>
    private static async Task<Results<Created<TearlineResponse>, ProblemHttpResult>> ApproveAsync(
        Guid id, ClaimsPrincipal user, ITocsinStore store, ReadGate gate, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await store.FindPrincipalAsync(user.Identity!.Name!, cancellationToken) is not { } approver)
        {
            return Problems.NotFound(new Error("tearline-request-not-found", $"There is no tearline request {id}."));
        }

        var reader = await gate.ForAsync(user, cancellationToken);
        var released = await TearlineRelease.ApproveAsync(store, id, approver, reader.MayRead, clock, cancellationToken);
        return released.IsSuccess ? Created(released.Value) : Problem(released.Error);
    }

    private static Created<TearlineResponse> Created(TearlineResult result) =>
        TypedResults.Created($"/api/v1/tearlines/{result.Sanitised.Id}",
            new TearlineResponse(result.Sanitised.Id, result.DerivedFrom.Id, result.RemovedProperties, result.ReleasedAsTheyStand));

    private static PendingTearlineResponse Pending(TearlineRequest request, string requestedBy) =>
        new(request.Id, request.ObjectId, PartnerProfileRules.TlpName(request.Release), [.. request.Texts.AsTheyStand.Order(StringComparer.Ordinal)],
            requestedBy, request.RequestedAt);

    private static ProblemHttpResult Problem(Error error) => Problems.For(error);
}
