using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Storage;

namespace Tocsin.Server.Taxii;

/// <summary>The paged GET endpoints' common path: access (can_read), filters, the bound <c>next</c> cursor,
/// one store query, and the page streamed back.</summary>
/// <remarks>Paging guarantees come from the store (docs/storage.md): <c>date_added</c> is unique per collection and
/// follows commit order, and a cursor is a position in that order. So paging with <c>next</c>, or with
/// <c>added_after</c> set to the last <c>X-TAXII-Date-Added-Last</c>, serves each version exactly once while
/// others write, and <c>more</c> is false exactly when nothing matching remains.</remarks>
public sealed class TaxiiPager(ITocsinStore store, TaxiiAccess access, TaxiiCursors cursors)
{
    /// <summary>One page of <paramref name="kind"/> from a collection, or of one object's versions when
    /// <paramref name="objectId"/> is given (404 when the object has no visible version at all).</summary>
    public async Task<Results<TaxiiPageResult, TaxiiErrorResult>> PageAsync(
        HttpContext http, string root, string collectionId, string? objectId, TaxiiPageKind kind, TaxiiFilters filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var target = await access.ResolveAsync(http.User, root, collectionId, CollectionRights.Read, cancellationToken);
        if (!target.IsSuccess)
        {
            return TaxiiErrors.From(target.Error);
        }

        var parsed = TaxiiQuery.Parse(http.Request.Query, filters, out var next);
        if (!parsed.IsSuccess)
        {
            return TaxiiErrors.From(parsed.Error);
        }

        var query = parsed.Value;
        if (objectId is not null)
        {
            query = query with { Ids = [objectId], Types = [] };
        }

        if (kind == TaxiiPageKind.Versions)
        {
            query = query with { Versions = VersionFilter.All };
        }

        var scope = TaxiiQuery.Scope(kind.ToString(), target.Value, objectId, query);
        if (next is not null)
        {
            if (cursors.Unbind(next, target.Value.PrincipalId, scope) is not { } storeCursor)
            {
                return TaxiiErrors.From(TaxiiErrors.BadRequest("next is not a cursor this server issued for this request."));
            }

            query = query with { Cursor = storeCursor };
        }

        var page = await store.QueryObjectsAsync(target.Value.Collection.Id, query, cancellationToken);
        if (!page.IsSuccess)
        {
            return TaxiiErrors.From(TaxiiErrors.BadRequest(page.Error.Message));
        }

        if (objectId is not null && page.Value.Items.Count == 0 && next is null
            && !await ExistsAsync(target.Value.Collection.Id, objectId, cancellationToken))
        {
            return TaxiiErrors.From(TaxiiErrors.NotFound("object"));
        }

        var bound = page.Value.Next is { } storeNext ? cursors.Bind(storeNext, target.Value.PrincipalId, scope) : null;
        return new TaxiiPageResult(page.Value, bound, kind);
    }

    /// <summary>True when the collection serves any version of <paramref name="objectId"/>.</summary>
    public async Task<bool> ExistsAsync(Guid collectionId, string objectId, CancellationToken cancellationToken)
    {
        var any = await store.QueryObjectsAsync(collectionId, new ObjectQuery { Ids = [objectId], Versions = VersionFilter.All, Limit = 1 }, cancellationToken);
        return any.IsSuccess && any.Value.Items.Count > 0;
    }
}
