using System.Data.Common;
using Dapper;

namespace Tocsin.Storage.Sharing;

/// <summary>The SQL of partner views that each engine writes its own way; the flow around it (when a view is stale,
/// what the policy is given, how it is applied) is written once, in <c>Common/SqlPartnerViews</c>.</summary>
internal interface IPartnerViewSql
{
    /// <summary>A predicate over <c>o.id</c> that holds exactly for marking-definition ids, served by a range of the
    /// <c>(id, version_key)</c> index (never a table scan).</summary>
    string MarkingIds { get; }

    /// <summary>Removes <paramref name="rows"/> from a view, inside the refresh's write transaction.</summary>
    Task RemoveAsync(DbConnection connection, DbTransaction transaction, string partner, long collection, IReadOnlyList<long> rows, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="added"/> to a view, inside the refresh's write transaction.</summary>
    Task AddAsync(DbConnection connection, DbTransaction transaction, string partner, long collection, IReadOnlyList<PartnerViewAddition> added,
        CancellationToken cancellationToken);

    /// <summary>The SQL of one page of a view (parameters <c>@partner</c>, <c>@collection</c>, <c>@after</c>,
    /// <c>@take</c> are set by the caller; the filters add theirs).</summary>
    string PageSql(ObjectQuery query, DynamicParameters parameters);

    /// <summary>Runs <paramref name="sql"/> with the engine's plan settings.</summary>
    Task<List<StoredVersionRow>> ReadPageAsync(DbConnection connection, string sql, DynamicParameters parameters, CancellationToken cancellationToken);
}
