using Npgsql;
using NpgsqlTypes;

namespace Tocsin.Storage.Postgres;

/// <summary>Writes an <see cref="PostgresImportPlan"/> with binary COPY (new versions, new memberships) and
/// one set-based UPDATE for restored ones: PostgreSQL's fastest load path, a few round trips per batch.</summary>
internal static class PostgresImportCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long collectionRow,
        PostgresImportPlan plan, long now, CancellationToken cancellationToken)
    {
        if (plan.NewVersions.Count > 0)
        {
            await using var versions = await connection.BeginBinaryImportAsync("""
                COPY objects (row_id, id, version_key, type, spec_version, version_text, version_ticks, content_hash, json, stored_at)
                FROM STDIN (FORMAT BINARY)
                """, cancellationToken);
            foreach (var (item, row) in plan.NewVersions)
            {
                await versions.StartRowAsync(cancellationToken);
                await versions.WriteAsync(row, NpgsqlDbType.Bigint, cancellationToken);
                await versions.WriteAsync(item.Object.Id, NpgsqlDbType.Text, cancellationToken);
                await versions.WriteAsync(item.Object.VersionKey, NpgsqlDbType.Text, cancellationToken);
                await versions.WriteAsync(item.Object.Type, NpgsqlDbType.Text, cancellationToken);
                await versions.WriteAsync(item.SpecVersion, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(versions, item.VersionText, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(versions, item.VersionTicks, NpgsqlDbType.Bigint, cancellationToken);
                await versions.WriteAsync(item.ContentHash, NpgsqlDbType.Bytea, cancellationToken);
                await versions.WriteAsync(ObjectWriteResults.JsonBytes(item.Object), NpgsqlDbType.Bytea, cancellationToken);
                await versions.WriteAsync(now, NpgsqlDbType.Bigint, cancellationToken);
            }

            await versions.CompleteAsync(cancellationToken);
        }

        if (plan.NewMemberships.Count > 0)
        {
            await using var memberships = await connection.BeginBinaryImportAsync(
                "COPY collection_objects (collection_row, object_row, date_added) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var (row, dateAdded) in plan.NewMemberships)
            {
                await memberships.StartRowAsync(cancellationToken);
                await memberships.WriteAsync(collectionRow, NpgsqlDbType.Bigint, cancellationToken);
                await memberships.WriteAsync(row, NpgsqlDbType.Bigint, cancellationToken);
                await memberships.WriteAsync(dateAdded, NpgsqlDbType.Bigint, cancellationToken);
            }

            await memberships.CompleteAsync(cancellationToken);
        }

        if (plan.Restores.Count > 0)
        {
            await using var restore = new NpgsqlCommand("""
                UPDATE collection_objects c SET date_added = r.date_added, deleted_at = NULL
                FROM unnest(@rows, @stamps) AS r (object_row, date_added)
                WHERE c.collection_row = @collection AND c.object_row = r.object_row
                """, connection, transaction);
            restore.Parameters.AddWithValue("rows", plan.Restores.Select(r => r.Row).ToArray());
            restore.Parameters.AddWithValue("stamps", plan.Restores.Select(r => r.DateAdded).ToArray());
            restore.Parameters.AddWithValue("collection", collectionRow);
            await restore.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, long? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value.Value, type, cancellationToken);
}
