using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core.Audit;

namespace Tocsin.Storage.Common;

/// <summary>Tombstones and the full history of an object's versions.</summary>
internal sealed class SqlObjectHistory(IStoreDatabase database)
{
    public async Task<int> DeleteAsync(Guid collectionId, string id, VersionFilter versions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(versions);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var parameters = new DynamicParameters();
        parameters.Add("collection", await SqlCollections.RequireRowAsync(connection, transaction, collectionId, cancellationToken));
        parameters.Add("id", id);
        // First and last are judged among all visible versions of the id in the collection.
        var selected = database.Dialect.VersionPredicate(versions, "TRUE", parameters);
        var rows = (await connection.QueryAsync<TombstonedRow>(new CommandDefinition($"""
            SELECT o.row_id AS RowId, o.version_key AS VersionKey, o.content_hash AS ContentHash FROM objects o
            JOIN collection_objects co ON co.object_row = o.row_id AND co.collection_row = @collection AND co.deleted_at IS NULL AND co.contributor IS NULL
            WHERE o.id = @id AND {selected}
            """, parameters, transaction, cancellationToken: cancellationToken))).AsList();
        if (rows.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE collection_objects SET deleted_at = @now WHERE collection_row = @collection AND {database.Dialect.AnyOf("object_row", "rows")}",
                new { now = database.NowMicros(), collection = parameters.Get<long>("collection"), rows = rows.Select(r => r.RowId).ToArray() }, transaction, cancellationToken: cancellationToken));
            await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.ObjectTombstone, id, AuditDetails.WithVersions(
                new JsonObject { ["collection"] = StoreValues.Text(collectionId) },
                [.. rows.Select(r => new AuditedVersion(id, r.VersionKey, r.ContentHash))])), database.NowMicros(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return rows.Count;
    }

    /// <summary>Every version of <paramref name="id"/>, oldest version first. <c>DateAdded</c> is when the version
    /// first became visible in any collection; <c>Deleted</c> is true when every collection holding it has
    /// tombstoned it.</summary>
    public async Task<IReadOnlyList<StoredObject>> HistoryAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
            $"""
            SELECT MIN(co.date_added) AS DateAdded, {StoredVersionRow.Columns},
                   CAST(CASE WHEN COUNT(co.deleted_at) = COUNT(*) THEN 1 ELSE 0 END AS BIGINT) AS Deleted
            FROM objects o
            JOIN collection_objects co ON co.object_row = o.row_id AND co.contributor IS NULL
            WHERE o.id = @id
            GROUP BY o.row_id
            ORDER BY COALESCE(o.version_ticks, -1), MIN(co.date_added)
            """, new { id }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new StoredVersionRow(r.DateAdded, r.Json, r.Id, r.Type, r.VersionKey).ToStoredObject(r.Deleted != 0))];
    }

    private sealed record TombstonedRow(long RowId, string VersionKey, byte[] ContentHash);

    // Settable properties rather than a positional record: for an id the store does not hold, SQLite reports its
    // aggregate columns as untyped, and Dapper would find no constructor matching them before reading the empty result.
    private sealed class HistoryRow
    {
        public long DateAdded { get; init; }

        public byte[] Json { get; init; } = [];

        public string Id { get; init; } = string.Empty;

        public string Type { get; init; } = string.Empty;

        public string VersionKey { get; init; } = string.Empty;

        public long Deleted { get; init; }
    }
}
