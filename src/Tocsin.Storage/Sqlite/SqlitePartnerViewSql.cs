using System.Data.Common;
using System.Text;
using Dapper;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Sqlite;

/// <summary>The SQL of a query over a partner view: <see cref="SqliteObjectQuery"/>'s filters with
/// <c>partner_views</c> (<c>pv</c>) in place of the collection's membership rows. Peers (for first, last and
/// the latest <c>spec_version</c>) are the versions in the same view, so a partner never learns of a version
/// it may not receive. A version tombstoned in the collection is never served, even before the view is
/// refreshed. The flow around it is shared (<c>Common/SqlPartnerViews</c>).</summary>
internal sealed class SqlitePartnerViewSql : IPartnerViewSql
{
    // A peer is in the same view and not tombstoned. CROSS JOIN fixes the join order: the id's few versions by
    // index first, then their view and membership rows by primary key.
    private const string PeerJoin = """
        CROSS JOIN partner_views pp ON pp.partner_id = @partner AND pp.collection_row = @collection AND pp.object_row = p.row_id
        CROSS JOIN collection_objects pc ON pc.object_row = p.row_id AND pc.collection_row = @collection AND pc.deleted_at IS NULL
        """;

    public static SqlitePartnerViewSql Instance { get; } = new();

    // Marking definitions are found by a range of the (id, version_key) index, never a table scan.
    public string MarkingIds => "o.id >= 'marking-definition--' AND o.id < 'marking-definition-.'";

    public Task RemoveAsync(DbConnection connection, DbTransaction transaction, string partner, long collection, IReadOnlyList<long> rows,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM partner_views WHERE partner_id = @partner AND collection_row = @collection AND object_row = @row",
            rows.Select(row => new { partner, collection, row }), transaction, cancellationToken: cancellationToken));

    public Task AddAsync(DbConnection connection, DbTransaction transaction, string partner, long collection, IReadOnlyList<PartnerViewAddition> added,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO partner_views (partner_id, collection_row, object_row, date_added) VALUES (@partner, @collection, @Row, @DateAdded)",
            added.Select(a => new { partner, collection, a.Row, a.DateAdded }), transaction, cancellationToken: cancellationToken));

    public async Task<List<StoredVersionRow>> ReadPageAsync(DbConnection connection, string sql, DynamicParameters parameters, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<StoredVersionRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();

    public string PageSql(ObjectQuery query, DynamicParameters parameters)
    {
        var sql = new StringBuilder($"""
            SELECT pv.date_added AS DateAdded, {StoredVersionRow.Columns}
            FROM partner_views pv
            JOIN objects o ON o.row_id = pv.object_row
            JOIN collection_objects co ON co.object_row = pv.object_row AND co.collection_row = pv.collection_row
            WHERE pv.partner_id = @partner AND pv.collection_row = @collection AND pv.date_added > @after AND co.deleted_at IS NULL
            """);
        ObjectFilterSql.AppendIdsAndTypes(sql, query, parameters, SqliteDialect.Instance);

        string peers;
        if (query.SpecVersions.Count > 0)
        {
            parameters.Add("specVersions", query.SpecVersions.Distinct(StringComparer.Ordinal).ToArray());
            sql.Append(" AND o.spec_version IN @specVersions");
            peers = "p.spec_version IN @specVersions";
        }
        else
        {
            sql.Append($" AND NOT EXISTS (SELECT 1 FROM objects p {PeerJoin} WHERE p.id = o.id AND p.spec_version > o.spec_version)");
            peers = "p.spec_version = o.spec_version";
        }

        sql.Append(" AND ").Append(SqliteVersionSql.Predicate(query.Versions, parameters, beyond => NoPeer(beyond, peers)));
        sql.Append(" ORDER BY pv.date_added LIMIT @take");
        return sql.ToString();
    }

    // Versions compare by instant, then (objects keyed by content hash) by the view's date_added.
    private static string NoPeer(string beyond, string peerCondition) => $"""
        NOT EXISTS (
            SELECT 1 FROM objects p
            {PeerJoin}
            WHERE p.id = o.id AND p.row_id <> o.row_id AND {peerCondition}
              AND (IFNULL(p.version_ticks, -1) {beyond} IFNULL(o.version_ticks, -1)
                   OR (IFNULL(p.version_ticks, -1) = IFNULL(o.version_ticks, -1) AND pp.date_added {beyond} pv.date_added)))
        """;
}
