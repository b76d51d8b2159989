using Tocsin.Server.Operations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Server.Classification;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Taxii;

/// <summary>The paged GET endpoints' common path: access (can_read), filters, the bound <c>next</c> cursor,
/// one store query, and the page streamed back. A partner service reads its partner view
/// (<see cref="ISharingStore.QueryPartnerViewAsync"/>), never the collection, and every object version it is
/// served is written to the share log.</summary>
/// <remarks>Paging guarantees come from the store (docs/storage.md): <c>date_added</c> is unique per collection and
/// follows commit order, and a cursor is a position in that order. So paging with <c>next</c>, or with
/// <c>added_after</c> set to the last <c>X-TAXII-Date-Added-Last</c>, serves each version exactly once while
/// others write, and <c>more</c> is false exactly when nothing matching remains. For a partner, the same holds
/// over its view: counts, <c>more</c>, <c>next</c> and the date-added headers come from the view alone, and an
/// object it may not receive is answered exactly like an id the collection does not hold.</remarks>
/// <para>A staff member reads through their clearance view (docs/classification.md) as soon as our picture holds a
/// classification or compartment marking: a version over their clearance is then absent exactly as for a partner.
/// While it holds none, every version is at the lowest level and the collection is served directly.</para>
public sealed class TaxiiPager(ITocsinStore store, TaxiiAccess access, TaxiiCursors cursors, ReadGate gate, ReadRecorder recorder, TimeProvider clock)
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

        var source = await SourceAsync(http.User, target.Value, query.Cursor, cancellationToken);
        var page = await QueryAsync(target.Value, source, source.Adjust(query), cancellationToken);
        if (!page.IsSuccess)
        {
            return TaxiiErrors.From(TaxiiErrors.BadRequest(page.Error.Message));
        }

        if (objectId is not null && page.Value.Items.Count == 0 && next is null
            && !await ExistsAsync(target.Value, source, objectId, cancellationToken))
        {
            return TaxiiErrors.From(TaxiiErrors.NotFound("object"));
        }

        if (source.Staff is { } staff && kind != TaxiiPageKind.Manifest && page.Value.Items.Count > 0)
        {
            // On the record before the response is written, as a partner's share log is (docs/read-log.md).
            await recorder.RecordAsync(staff, "taxii", [.. page.Value.Items.Select(i => i.Object)], cancellationToken);
        }

        if (target.Value.IsPartner && kind != TaxiiPageKind.Manifest && page.Value.Items.Count > 0)
        {
            // Logged before the response is written: a version is never served without its log row.
            await store.Sharing.LogSharedAsync(target.Value.PrincipalId,
                [.. page.Value.Items.Select(i => new SharedVersion(i.Object.Id, i.Object.VersionKey))], clock.GetUtcNow(), cancellationToken);
            TocsinTelemetry.ObjectsServed(http.User.Identity?.Name ?? target.Value.PrincipalId.ToString(), page.Value.Items.Count);
        }

        var bound = page.Value.Next is { } storeNext ? cursors.Bind(storeNext, target.Value.PrincipalId, scope) : null;
        return new TaxiiPageResult(page.Value, bound, kind);
    }

    /// <summary>True when the principal may be served any version of <paramref name="objectId"/> where it reads
    /// (for a partner or a cleared staff member: any version in its view).</summary>
    private async Task<bool> ExistsAsync(TaxiiTarget target, TaxiiSource source, string objectId, CancellationToken cancellationToken)
    {
        var any = await QueryAsync(target, source, new ObjectQuery { Ids = [objectId], Versions = VersionFilter.All, Limit = 1 }, cancellationToken);
        return any.IsSuccess && any.Value.Items.Count > 0;
    }

    // A partner reads its view; a staff member their clearance view once our picture holds a national marking, or
    // when continuing a cursor the view issued (it stays valid whatever the picture now holds).
    private async Task<TaxiiSource> SourceAsync(ClaimsPrincipal user, TaxiiTarget target, string? cursor, CancellationToken cancellationToken)
    {
        if (target.IsPartner)
        {
            return new TaxiiSource(ViewReader.Partner(target.PrincipalId, gate.National.Rules), null);
        }

        var staff = await gate.ForAsync(user, cancellationToken);
        var viewCursor = cursor is not null && !PageCursor.TryDecode(cursor, out _);
        return new TaxiiSource(staff.HasNationalMarkings || viewCursor ? gate.StaffView(target.PrincipalId) : null, staff);
    }

    /// <summary>A page of what the principal may read: the collection, or its view of it. A partner without a
    /// sharing profile may receive nothing, so it gets an empty page rather than an error that would tell it why.</summary>
    private async Task<Result<ObjectPage>> QueryAsync(TaxiiTarget target, TaxiiSource source, ObjectQuery query, CancellationToken cancellationToken)
    {
        if (source.View is null)
        {
            return await store.QueryObjectsAsync(target.Collection.Id, query, cancellationToken);
        }

        var page = await store.Sharing.QueryViewAsync(source.View, target.Collection.Id, query, cancellationToken);
        return !page.IsSuccess && page.Error.Code is SharingErrors.ProfileNotFoundCode or "principal-not-found" ? new ObjectPage([], false, null) : page;
    }
}
