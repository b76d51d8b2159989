using System.Text;
using Dapper;
using Tocsin.Core;

using Tocsin.Storage.Common;

namespace Tocsin.Storage.Sqlite;

/// <summary>Reads the versions visible in a collection (TAXII 2.1 §3.4 filtering and paging).</summary>
internal sealed class SqliteObjectQuery(SqliteDatabase database) : IObjectPages
{
    // TAXII 2.1 §3.4.2 match[spec_version]: without the parameter, only the latest specification version
    // the server holds for each object is served.
    // CROSS JOIN fixes the join order (SQLite never reorders it): from the object's versions by id, then their
    // membership by primary key. Otherwise the planner may scan the whole collection for every candidate row.
    private const string LatestSpecVersionOnly = """
        NOT EXISTS (
            SELECT 1 FROM objects s
            CROSS JOIN collection_objects sc ON sc.object_row = s.row_id AND sc.collection_row = @collection AND sc.deleted_at IS NULL AND sc.contributor IS NULL
            WHERE s.id = o.id AND s.spec_version > o.spec_version)
        """;

    public async Task<Result<ObjectPage>> QueryAsync(Guid collectionId, ObjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        var after = query.AddedAfter?.Microseconds ?? long.MinValue;
        if (query.Cursor is not null)
        {
            if (!PageCursor.TryDecode(query.Cursor, out var cursor))
            {
                return StoreErrors.InvalidCursor();
            }

            after = Math.Max(after, cursor.Microseconds);
        }

        var limit = Math.Min(query.Limit, ObjectQuery.MaxLimit);
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new DynamicParameters();
        parameters.Add("collection", await SqlCollections.RequireRowAsync(connection, null, collectionId, cancellationToken));
        parameters.Add("after", after);
        parameters.Add("take", limit + 1);
        var sql = BuildSql(query, parameters);
        var rows = (await connection.QueryAsync<StoredVersionRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
        var more = rows.Count > limit;
        var items = rows.Take(limit).Select(r => r.ToStoredObject(deleted: false)).ToList();
        return new ObjectPage(items, more, more ? PageCursor.Encode(items[^1].DateAdded) : null);
    }

    public async Task<long> CountAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var collection = await SqlCollections.RequireRowAsync(connection, null, collectionId, cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM collection_objects WHERE collection_row = @collection AND deleted_at IS NULL AND contributor IS NULL",
            new { collection }, cancellationToken: cancellationToken));
    }

    private static string BuildSql(ObjectQuery query, DynamicParameters parameters)
    {
        // With ids, start from those objects (index on id) and check membership by primary key; without, walk the
        // collection in date_added order. CROSS JOIN fixes that order: SQLite never reorders it.
        var sql = new StringBuilder(query.Ids.Count > 0
            ? $"""
              SELECT co.date_added AS DateAdded, {StoredVersionRow.Columns}
              FROM objects o
              CROSS JOIN collection_objects co ON co.object_row = o.row_id
              WHERE co.collection_row = @collection AND co.deleted_at IS NULL AND co.contributor IS NULL AND co.date_added > @after
              """
            : $"""
              SELECT co.date_added AS DateAdded, {StoredVersionRow.Columns}
              FROM collection_objects co
              JOIN objects o ON o.row_id = co.object_row
              WHERE co.collection_row = @collection AND co.deleted_at IS NULL AND co.contributor IS NULL AND co.date_added > @after
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
            sql.Append(" AND ").Append(LatestSpecVersionOnly);
            peers = "p.spec_version = o.spec_version";
        }

        sql.Append(" AND ").Append(SqliteVersionSql.Predicate(query.Versions, peers, parameters));
        sql.Append(" ORDER BY co.date_added LIMIT @take");
        return sql.ToString();
    }
}
