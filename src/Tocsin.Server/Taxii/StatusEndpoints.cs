using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Server.Auth;
using Tocsin.Storage;

namespace Tocsin.Server.Taxii;

/// <summary>Status (§4.3).</summary>
internal static class StatusEndpoints
{
    /// <summary><c>GET /taxii2/{root}/status/{statusId}/</c>: the status of a POST, for 24 hours (configurable)
    /// and only to the principal that posted; to anyone else, and after expiry, 404. 200, 401, 404, 406.</summary>
    public static async Task<Results<TaxiiResource<StatusResource>, TaxiiErrorResult>> Get(
        string root, string statusId, ClaimsPrincipal user, TaxiiAccess access, ITocsinStore store, CancellationToken cancellationToken)
    {
        var found = access.Root(root);
        if (!found.IsSuccess)
        {
            return TaxiiErrors.From(found.Error);
        }

        var status = Guid.TryParse(statusId, out var id) && user.PrincipalId() is { } owner
            ? await store.TaxiiStatuses.FindAsync(id, owner, cancellationToken)
            : null;
        return status is null
            ? TaxiiErrors.From(TaxiiErrors.NotFound("status"))
            : new TaxiiResource<StatusResource>(TaxiiStatuses.ToResource(status));
    }
}
