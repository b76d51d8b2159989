using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Storage.Contributions;
using Tocsin.Storage.Reads;

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

    /// <summary>Every version the partner contributed (deleted ones flagged) that the reader is cleared for, oldest first,
    /// optionally of one id (<c>?id=</c>): 200, or 404 for an unknown partner.</summary>
    private static async Task<Results<Ok<List<ContributionResponse>>, ProblemHttpResult>> ListAsync(string name, string? id, ClaimsPrincipal user,
        ContributionInbox inbox, CancellationToken cancellationToken)
    {
        var contributions = await inbox.ListAsync(user, name, id, ReadPaths.Api, cancellationToken);
        if (!contributions.IsSuccess)
        {
            return Problems.For(contributions.Error);
        }

        return TypedResults.Ok(contributions.Value.Select(c => new ContributionResponse(c.Object.Id, c.Object.Type,
            c.Object.VersionTimestamp?.Text ?? c.Object.VersionKey, c.CollectionAlias, c.DateAdded.Instant, c.Deleted, c.Object.Root.Clone())).ToList());
    }

    /// <summary>Promotes a contribution into our picture, audited: 201; 400 for a bad mode or an object that cannot be
    /// promoted so; 403 without can_write on the target collection; 404 for an unknown partner, collection or
    /// contribution; 409 when our picture holds different content under the same id and version.</summary>
    private static async Task<Results<Created<PromotionResponse>, ProblemHttpResult>> PromoteAsync(string name, string objectId, PromoteRequest? request,
        ClaimsPrincipal user, ContributionInbox inbox, CancellationToken cancellationToken)
    {
        var promoted = await inbox.PromoteAsync(user, name, objectId, request ?? new PromoteRequest(null, null, null), cancellationToken);
        if (!promoted.IsSuccess)
        {
            return Problems.For(promoted.Error);
        }

        var (done, collection) = promoted.Value;
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
}
