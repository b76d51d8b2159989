using Npgsql;

namespace Tocsin.Storage.Postgres;

/// <summary>What the store already holds of a batch's versions, read in one query: each version's row and
/// content hash, and its membership (stamp, tombstone) in the target collection.</summary>
internal static class PostgresStoredVersions
{
    public static async Task<Dictionary<(string Id, string VersionKey), StoredVersion>> ReadAsync(NpgsqlConnection connection,
        NpgsqlTransaction transaction, long collectionRow, List<AdmittedObject> admitted, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT o.id, o.version_key, o.row_id, o.content_hash, co.date_added, co.deleted_at IS NOT NULL
            FROM unnest(@ids, @keys) AS k (id, version_key)
            JOIN objects o ON o.id = k.id AND o.version_key = k.version_key
            LEFT JOIN collection_objects co ON co.object_row = o.row_id AND co.collection_row = @collection
            """, connection, transaction);
        command.Parameters.AddWithValue("ids", admitted.Select(a => a.Object.Id).ToArray());
        command.Parameters.AddWithValue("keys", admitted.Select(a => a.Object.VersionKey).ToArray());
        command.Parameters.AddWithValue("collection", collectionRow);
        var stored = new Dictionary<(string, string), StoredVersion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[(reader.GetString(0), reader.GetString(1))] = new StoredVersion(reader.GetInt64(2), (byte[])reader.GetValue(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.GetBoolean(5), IsNew: false);
        }

        return stored;
    }
}
