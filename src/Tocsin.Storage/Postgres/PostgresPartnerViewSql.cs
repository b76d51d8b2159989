using System.Data.Common;
using System.Text;
using Dapper;
using Npgsql;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Postgres;

/// <summary>The SQL of a query over a partner view: <see cref="PostgresObjectQuery"/>'s filters with
/// <c>partner_views</c> (<c>pv</c>) in place of the collection's membership rows. Peers (for first, last and
/// the latest <c>spec_version</c>) are the versions in the same view, so a partner never learns of a version
/// it may not receive. A version tombstoned in the collection is never served, even before the view is
/// refreshed. The flow around it is shared (<c>Common/SqlPartnerViews</c>).</summary>
internal sealed class PostgresPartnerViewSql : IPartnerViewSql
{
    // A peer is in the same view and not tombstoned: the id's few versions by index, then their view and
    // membership rows by primary key, in this written order (PostgresPageQuery).
    private const string PeerJoin = """
        JOIN partner_views pp ON pp.partner_id = @partner AND pp.collection_row = @collection AND pp.object_row = p.row_id
        JOIN collection_objects pc ON pc.object_row = p.row_id AND pc.collection_row = @collection AND pc.deleted_at IS NULL
        """;

    public static PostgresPartnerViewSql Instance { get; } = new();

    // Marking definitions are found by a range of the (id, version_key) index, never a table scan. The bounds hold
    // in any collation (one that ignores punctuation compares "markingdefinition…" letters first, and 'n' < 'o');
    // LIKE then keeps exactly the marking-definition ids, whatever the collation orders between the bounds.
    public string MarkingIds => "o.id >= 'marking-definition' AND o.id < 'marking-definitioo' AND o.id LIKE 'marking-definition--%'";

    public Task RemoveAsync(DbConnection connection, DbTransaction transaction, string partner, long collection, IReadOnlyList<long> rows,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM partner_views WHERE partner_id = @partner AND collection_row = @collection AND object_row = ANY(@rows)",
            new { partner, collection, rows = rows.ToArray() }, transaction, cancellationToken: cancellationToken));

    public Task AddAsync(DbConnection connection, DbTransaction transaction, string partner, long collection, IReadOnlyList<PartnerViewAddition> added,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO partner_views (partner_id, collection_row, object_row, date_added)
            SELECT @partner, @collection, a.object_row, a.date_added FROM unnest(@rows, @stamps) AS a (object_row, date_added)
            """,
            new { partner, collection, rows = added.Select(a => a.Row).ToArray(), stamps = added.Select(a => a.DateAdded).ToArray() },
            transaction,
            cancellationToken: cancellationToken));

    public Task<List<StoredVersionRow>> ReadPageAsync(DbConnection connection, string sql, DynamicParameters parameters, CancellationToken cancellationToken) =>
        PostgresPageQuery.ReadAsync<StoredVersionRow>((NpgsqlConnection)connection, sql, parameters, cancellationToken);

    public string PageSql(ObjectQuery query, DynamicParameters parameters)
    {
        // With ids, start from those objects and look up each one's view row by primary key (a LATERAL subquery
        // kept apart by OFFSET 0, whose only conditions are the primary key's: never a walk of the whole view);
        // without, walk the view in date_added order (PostgresPageQuery keeps the joins in this written order).
        var sql = new StringBuilder(query.Ids.Count > 0
            ? $"""
              SELECT pv.date_added AS DateAdded, {StoredVersionRow.Columns}
              FROM objects o
              CROSS JOIN LATERAL (
                  SELECT v.date_added FROM partner_views v
                  JOIN collection_objects m ON m.object_row = v.object_row AND m.collection_row = v.collection_row
                  WHERE v.partner_id = @partner AND v.collection_row = @collection AND v.object_row = o.row_id AND m.deleted_at IS NULL
                  OFFSET 0) pv
              WHERE pv.date_added > @after
              """
            : $"""
              SELECT pv.date_added AS DateAdded, {StoredVersionRow.Columns}
              FROM partner_views pv
              JOIN objects o ON o.row_id = pv.object_row
              JOIN collection_objects co ON co.object_row = pv.object_row AND co.collection_row = pv.collection_row
              WHERE pv.partner_id = @partner AND pv.collection_row = @collection AND pv.date_added > @after AND co.deleted_at IS NULL
              """);
        ObjectFilterSql.AppendIdsAndTypes(sql, query, parameters, PostgresDialect.Instance);

        string peers;
        if (query.SpecVersions.Count > 0)
        {
            parameters.Add("specVersions", query.SpecVersions.Distinct(StringComparer.Ordinal).ToArray());
            sql.Append(" AND o.spec_version = ANY(@specVersions)");
            peers = "p.spec_version = ANY(@specVersions)";
        }
        else
        {
            sql.Append($" AND NOT EXISTS (SELECT 1 FROM objects p {PeerJoin} WHERE p.id = o.id AND p.spec_version COLLATE \"C\" > o.spec_version)");
            peers = "p.spec_version = o.spec_version";
        }

        sql.Append(" AND ").Append(PostgresVersionSql.Predicate(query.Versions, parameters, beyond => NoPeer(beyond, peers)));
        sql.Append(" ORDER BY pv.date_added LIMIT @take");
        return sql.ToString();
    }

    // Versions compare by instant, then (objects keyed by content hash) by the view's date_added.
    private static string NoPeer(string beyond, string peerCondition) => $"""
        NOT EXISTS (
            SELECT 1 FROM objects p
            {PeerJoin}
            WHERE p.id = o.id AND p.row_id <> o.row_id AND {peerCondition}
              AND (COALESCE(p.version_ticks, -1) {beyond} COALESCE(o.version_ticks, -1)
                   OR (COALESCE(p.version_ticks, -1) = COALESCE(o.version_ticks, -1) AND pp.date_added {beyond} pv.date_added)))
        """;
}
