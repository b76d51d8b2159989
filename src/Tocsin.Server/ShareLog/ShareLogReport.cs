using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Taxii;
using Tocsin.Storage;

namespace Tocsin.Server.ShareLog;

/// <summary>What each partner received (the share log, docs/sharing.md), for administrators: the API, its CSV export
/// and the page read it here. Pages continue with a <c>next</c> cursor bound, like TAXII's, to the administrator and
/// to the filters: replayed by someone else or with other filters, it is refused.</summary>
public sealed class ShareLogReport(ITocsinStore store, TaxiiCursors cursors, TimeProvider clock)
{
    // The store answers per partner and time range; a range left open runs from the epoch to a day past now.
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    /// <summary>Every row the filter selects, in order. <c>partner-not-found</c> for an unknown partner name.</summary>
    public async Task<Result<IReadOnlyList<ShareLogRow>>> RowsAsync(ShareLogFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var partners = (await store.ListPrincipalsAsync(cancellationToken)).Where(p => p.Kind == PrincipalKind.Partner).ToList();
        if (filter.Partner is { } name)
        {
            partners = [.. partners.Where(p => string.Equals(p.Name, name, StringComparison.Ordinal))];
            if (partners.Count == 0)
            {
                return new Error("partner-not-found", $"No partner is named '{name}'.");
            }
        }

        var rows = new List<ShareLogRow>();
        foreach (var partner in partners)
        {
            var shared = await store.Sharing.SharedBetweenAsync(partner.Id, filter.From ?? Epoch, filter.To ?? clock.GetUtcNow().AddDays(1), cancellationToken);
            if (!shared.IsSuccess)
            {
                return shared.Error;
            }

            rows.AddRange(shared.Value
                .Where(r => filter.ObjectId is null || string.Equals(r.ObjectId, filter.ObjectId, StringComparison.Ordinal))
                .Select(r => new ShareLogRow(partner.Name, r.ObjectId, r.VersionKey, r.SharedAt)));
        }

        rows.Sort(ShareLogRow.Compare);
        return Result<IReadOnlyList<ShareLogRow>>.Success(rows);
    }

    /// <summary>One page after <paramref name="next"/> (null: the first), with the cursor of the page after it (null:
    /// none). <c>share-log-filter-invalid</c> for a cursor not issued to this administrator for these filters.</summary>
    public async Task<Result<(IReadOnlyList<ShareLogRow> Items, string? Next)>> PageAsync(ShareLogFilter filter, string? next, Guid administrator,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        string? after = null;
        if (!string.IsNullOrEmpty(next) && (after = cursors.Unbind(next, administrator, filter.Scope)) is null)
        {
            return ShareLogFilter.Invalid("next is not a cursor this server issued for these filters.");
        }

        var rows = await RowsAsync(filter, cancellationToken);
        if (!rows.IsSuccess)
        {
            return rows.Error;
        }

        var remaining = after is null ? rows.Value : [.. rows.Value.SkipWhile(r => !string.Equals(r.Position, after, StringComparison.Ordinal)).Skip(1)];
        var page = remaining.Take(filter.Limit).ToList();
        var bound = remaining.Count > page.Count ? cursors.Bind(page[^1].Position, administrator, filter.Scope) : null;
        return ((IReadOnlyList<ShareLogRow>)page, bound);
    }
}
