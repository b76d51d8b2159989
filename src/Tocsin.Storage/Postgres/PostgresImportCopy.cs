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
                versions.StartRow();
                versions.Write(row, NpgsqlDbType.Bigint);
                versions.Write(item.Object.Id, NpgsqlDbType.Text);
                versions.Write(item.Object.VersionKey, NpgsqlDbType.Text);
                versions.Write(item.Object.Type, NpgsqlDbType.Text);
                versions.Write(item.SpecVersion, NpgsqlDbType.Text);
                WriteNullable(versions, item.VersionText, NpgsqlDbType.Text);
                WriteNullable(versions, item.VersionTicks, NpgsqlDbType.Bigint);
                versions.Write(item.ContentHash, NpgsqlDbType.Bytea);
                versions.Write(ObjectWriteResults.JsonBytes(item.Object), NpgsqlDbType.Bytea);
                versions.Write(now, NpgsqlDbType.Bigint);
            }

            await versions.CompleteAsync(cancellationToken);
        }

        if (plan.NewMemberships.Count > 0)
        {
            await using var memberships = await connection.BeginBinaryImportAsync(
                "COPY collection_objects (collection_row, object_row, date_added) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var (row, dateAdded) in plan.NewMemberships)
            {
                memberships.StartRow();
                memberships.Write(collectionRow, NpgsqlDbType.Bigint);
                memberships.Write(row, NpgsqlDbType.Bigint);
                memberships.Write(dateAdded, NpgsqlDbType.Bigint);
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

    private static void WriteNullable(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, long? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value.Value, type);
        }
    }
}
