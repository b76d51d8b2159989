using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Server.Taxii;
using Tocsin.Storage;
using Tocsin.Storage.Contributions;

namespace Tocsin.Server.Sharing;

/// <summary>Partner contributions for our staff (docs/sharing.md "Partner contributions"): what each partner posted,
/// kept out of our picture, and its promotion into the picture by an analyst. Partners never reach these endpoints
/// (they hold no staff role: 403).</summary>
public static class ContributionEndpoints
{
    /// <summary>Maps <c>GET /api/v1/partners/{name}/contributions</c> (analyst, watch officer, administrator) and
    /// <c>POST /api/v1/partners/{name}/contributions/{objectId}/promote</c> (analyst). 401 without credentials,
    /// 403 without the role.</summary>
    public static IEndpointRouteBuilder MapContributionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/partners/{name}/contributions", ListAsync).WithTags("Sharing").RequireStaff(Role.Analyst, Role.WatchOfficer, Role.Admin);
        endpoints.MapPost("/api/v1/partners/{name}/contributions/{objectId}/promote", PromoteAsync).WithTags("Sharing").RequireStaff(Role.Analyst);
        return endpoints;
    }

    /// <summary>Every version the partner contributed (deleted ones flagged), oldest first, optionally of one id
    /// (<c>?id=</c>): 200, or 404 for an unknown partner.</summary>
    private static async Task<Results<Ok<List<ContributionResponse>>, ProblemHttpResult>> ListAsync(string name, string? id, ITocsinStore store,
        CancellationToken cancellationToken)
    {
        var partner = await FindPartnerAsync(store, name, cancellationToken);
        if (!partner.IsSuccess)
        {
            return Problems.NotFound(partner.Error);
        }

        var contributions = await store.Contributions.ListAsync(partner.Value.Id, id, cancellationToken);
        return TypedResults.Ok(contributions.Select(c => new ContributionResponse(c.Object.Id, c.Object.Type,
            c.Object.VersionTimestamp?.Text ?? c.Object.VersionKey, c.CollectionAlias, c.DateAdded.Instant, c.Deleted, c.Object.Root.Clone())).ToList());
    }

    /// <summary>Promotes a contribution into our picture, audited: 201; 400 for a bad mode or an object that cannot be
    /// promoted so; 403 without can_write on the target collection; 404 for an unknown partner, collection or
    /// contribution; 409 when our picture holds different content under the same id and version.</summary>
    private static async Task<Results<Created<PromotionResponse>, ProblemHttpResult>> PromoteAsync(string name, string objectId, PromoteRequest? request,
        ClaimsPrincipal user, ITocsinStore store, TaxiiAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        request ??= new PromoteRequest(null, null, null);
        var mode = ParseMode(request.Mode);
        if (!mode.IsSuccess)
        {
            return Problems.For(mode.Error);
        }

        var partner = await FindPartnerAsync(store, name, cancellationToken);
        if (!partner.IsSuccess)
        {
            return Problems.NotFound(partner.Error);
        }

        var contributed = await store.Contributions.ListAsync(partner.Value.Id, objectId, cancellationToken);
        var collectionName = request.Collection ?? contributed.LastOrDefault(c => !c.Deleted)?.CollectionAlias;
        var collection = collectionName is null ? null : await store.FindCollectionAsync(collectionName, cancellationToken);
        if (collectionName is null)
        {
            return Problems.NotFound(ContributionErrors.NotFound(objectId));
        }

        if (collection is null)
        {
            return Problems.NotFound(new Error("collection-not-found", $"No collection '{collectionName}'."));
        }

        if (!(await access.RightsAsync(user, collection, cancellationToken)).HasFlag(CollectionRights.Write))
        {
            return Problems.Forbidden(new Error("collection-write-refused", $"You may not add objects to collection '{collection.Alias}'."));
        }

        var promoted = await ContributionPromotion.PromoteAsync(store, partner.Value.Id, objectId, request.Version, collection, mode.Value, clock, cancellationToken);
        if (!promoted.IsSuccess)
        {
            return promoted.Error.Code switch
            {
                "contribution-not-found" => Problems.NotFound(promoted.Error),
                "promotion-conflict" => Problems.Conflict(promoted.Error),
                _ => Problems.For(promoted.Error),
            };
        }

        var done = promoted.Value;
        var source = done.Source.Object;
        return TypedResults.Created($"/api/v1/partners/{name}/contributions?id={source.Id}", new PromotionResponse(name, source.Id,
            source.VersionTimestamp?.Text ?? source.VersionKey, ModeName(done.Mode), collection.Alias, [.. done.Promoted.Select(p => p.Id)]));
    }

    /// <summary><c>verbatim</c> (also when absent) or <c>derived</c>.</summary>
    public static Result<PromotionMode> ParseMode(string? mode) => mode switch
    {
        null or "verbatim" => PromotionMode.Verbatim,
        "derived" => PromotionMode.Derived,
        _ => new Error("promotion-mode-invalid", $"Mode '{mode}' is invalid: use 'verbatim' or 'derived'."),
    };

    /// <summary>The wire name of a mode.</summary>
    public static string ModeName(PromotionMode mode) => mode switch
    {
        PromotionMode.Verbatim => "verbatim",
        PromotionMode.Derived => "derived",
    };

    private static async Task<Result<Principal>> FindPartnerAsync(ITocsinStore store, string name, CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        return principal is { Kind: PrincipalKind.Partner } ? principal : ContributionErrors.PartnerNotFound(name);
    }
}
