using System.Text;
using Dapper;

namespace Tocsin.Storage.Postgres;

/// <summary>The SQL of a query over a partner view: <see cref="PostgresObjectQuery"/>'s filters with
/// <c>partner_views</c> (<c>pv</c>) in place of the collection's membership rows. Peers (for first, last and
/// the latest <c>spec_version</c>) are the versions in the same view, so a partner never learns of a version
/// it may not receive. A version tombstoned in the collection is never served, even before the view is
/// refreshed.</summary>
internal static class PostgresPartnerViewSql
{
    // A peer is in the same view and not tombstoned: the id's few versions by index, then their view and
    // membership rows by primary key, in this written order (PostgresPageQuery).
    private const string PeerJoin = """
        JOIN partner_views pp ON pp.partner_id = @partner AND pp.collection_row = @collection AND pp.object_row = p.row_id
        JOIN collection_objects pc ON pc.object_row = p.row_id AND pc.collection_row = @collection AND pc.deleted_at IS NULL
        """;

    public static string Build(ObjectQuery query, DynamicParameters parameters)
    {
        // With ids, start from those objects and look up each one's view row by primary key (a LATERAL subquery
        // kept apart by OFFSET 0, whose only conditions are the primary key's: never a walk of the whole view);
        // without, walk the view in date_added order (PostgresPageQuery keeps the joins in this written order).
        var sql = new StringBuilder(query.Ids.Count > 0
            ? """
              SELECT pv.date_added AS DateAdded, o.json AS Json
              FROM objects o
              CROSS JOIN LATERAL (
                  SELECT v.date_added FROM partner_views v
                  JOIN collection_objects m ON m.object_row = v.object_row AND m.collection_row = v.collection_row
                  WHERE v.partner_id = @partner AND v.collection_row = @collection AND v.object_row = o.row_id AND m.deleted_at IS NULL
                  OFFSET 0) pv
              WHERE pv.date_added > @after
              """
            : """
              SELECT pv.date_added AS DateAdded, o.json AS Json
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
