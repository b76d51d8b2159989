using System.Security.Claims;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Auth;
using Tocsin.Storage;

namespace Tocsin.Server.Taxii;

/// <summary>Who may see and use which collection. A collection the principal holds no grant on is reported
/// exactly like one that does not exist (404), so ids do not leak; a visible collection used without the
/// right gets 403 (TAXII 2.1 §5: <c>can_read</c> for GET, <c>can_write</c> for POST and DELETE).
/// Administrators may read and write every collection.</summary>
public sealed class TaxiiAccess(ITocsinStore store, TaxiiApiRoots roots)
{
    /// <summary>The API root named <paramref name="rootName"/>, or 404.</summary>
    public Result<TaxiiApiRoot> Root(string rootName) =>
        roots.Find(rootName) is { } root ? root : TaxiiErrors.NotFound("API root");

    /// <summary>The principal's rights on a collection: its grant, or everything for an administrator.</summary>
    public async Task<CollectionRights> RightsAsync(ClaimsPrincipal user, Collection collection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(collection);
        if (user.IsInRole(RoleNames.ToName(Role.Admin)))
        {
            return CollectionRights.Read | CollectionRights.Write;
        }

        return user.PrincipalId() is { } id ? await store.RightsAsync(collection.Id, id, cancellationToken) : CollectionRights.None;
    }

    /// <summary>The collections of a root the principal may see, with its rights on each, by alias.</summary>
    public async Task<IReadOnlyList<(Collection Collection, CollectionRights Rights)>> VisibleAsync(ClaimsPrincipal user, TaxiiApiRoot root, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        var visible = new List<(Collection, CollectionRights)>();
        foreach (var collection in await store.ListCollectionsAsync(cancellationToken))
        {
            if (root.Serves(collection) && await RightsAsync(user, collection, cancellationToken) is var rights and not CollectionRights.None)
            {
                visible.Add((collection, rights));
            }
        }

        return visible;
    }

    /// <summary>Resolves root and collection (by id or alias) for a request needing <paramref name="needed"/>
    /// (<see cref="CollectionRights.None"/>: only to see it). 404 when either is missing or hidden; 403 when
    /// the right is missing.</summary>
    public async Task<Result<TaxiiTarget>> ResolveAsync(ClaimsPrincipal user, string rootName, string collectionId, CollectionRights needed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var root = Root(rootName);
        if (!root.IsSuccess)
        {
            return root.Error;
        }

        var collection = await store.FindCollectionAsync(collectionId, cancellationToken);
        if (collection is null || !root.Value.Serves(collection) || user.PrincipalId() is not { } principalId)
        {
            return TaxiiErrors.NotFound("collection");
        }

        var rights = await RightsAsync(user, collection, cancellationToken);
        if (rights == CollectionRights.None)
        {
            return TaxiiErrors.NotFound("collection");
        }

        if ((rights & needed) != needed)
        {
            return TaxiiErrors.Forbidden(needed.HasFlag(CollectionRights.Write)
                ? "You may not add or delete objects in this collection (can_write is false)."
                : "You may not read objects from this collection (can_read is false).");
        }

        return new TaxiiTarget(root.Value, collection, rights, principalId, user.IsPartner());
    }
}
