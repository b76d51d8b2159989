using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Storage;

namespace Tocsin.Server.Taxii;

/// <summary>Collections (§5.1) and one collection (§5.2).</summary>
internal static class CollectionEndpoints
{
    /// <summary><c>GET /taxii2/{root}/collections/</c>: the collections of the root the principal may read or
    /// write, by alias, with <c>can_read</c>/<c>can_write</c> for that principal. 200, 401, 404, 406.</summary>
    public static async Task<Results<TaxiiResource<CollectionsResource>, TaxiiErrorResult>> List(
        string root, ClaimsPrincipal user, TaxiiAccess access, CancellationToken cancellationToken)
    {
        var found = access.Root(root);
        if (!found.IsSuccess)
        {
            return TaxiiErrors.From(found.Error);
        }

        var visible = await access.VisibleAsync(user, found.Value, cancellationToken);
        return new TaxiiResource<CollectionsResource>(new CollectionsResource(
            visible.Count == 0 ? null : [.. visible.Select(v => ToResource(v.Collection, v.Rights))]));
    }

    /// <summary><c>GET /taxii2/{root}/collections/{id}/</c> (id or alias). 200, 401, 404 (missing or not
    /// visible to the principal), 406.</summary>
    public static async Task<Results<TaxiiResource<CollectionResource>, TaxiiErrorResult>> One(
        string root, string id, ClaimsPrincipal user, TaxiiAccess access, CancellationToken cancellationToken)
    {
        var target = await access.ResolveAsync(user, root, id, CollectionRights.None, cancellationToken);
        return target.IsSuccess
            ? new TaxiiResource<CollectionResource>(ToResource(target.Value.Collection, target.Value.Rights))
            : TaxiiErrors.From(target.Error);
    }

    private static CollectionResource ToResource(Collection collection, CollectionRights rights) => new(
        collection.Id.ToString("D"),
        collection.Title ?? collection.Alias,
        collection.Description,
        collection.Alias,
        rights.HasFlag(CollectionRights.Read),
        rights.HasFlag(CollectionRights.Write),
        [TaxiiMediaTypes.Stix21]);
}
