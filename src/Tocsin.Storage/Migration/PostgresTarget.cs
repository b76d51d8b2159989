using System.Data.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Tocsin.Storage.Migration;

/// <summary>The PostgreSQL database receiving the copy, inside the one write transaction the whole copy runs in:
/// nothing is visible to any node until it commits, and a failure rolls everything back.</summary>
internal sealed class PostgresTarget(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    /// <summary>Rows of these tables come from the schema scripts themselves (the webhook fan-out and notification
    /// cursors), not from use: a fresh database has them, and the copy replaces them with the source's.</summary>
    private static readonly string[] SeededByMigrations = ["webhook_cursor", "notification_cursor", "posture_delivery_cursor"];

    private const int ProgressEvery = 1_000;

    /// <summary>Each column's type and whether it is an identity, by table then column, in the current schema.</summary>
    public async Task<Dictionary<string, Dictionary<string, TargetColumn>>> ColumnsAsync(CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(string Table, string Column, string Type, string Identity)>(new CommandDefinition(
            "SELECT table_name, column_name, data_type, is_identity FROM information_schema.columns WHERE table_schema = current_schema()",
            transaction: transaction, cancellationToken: cancellationToken));
        return rows.GroupBy(r => r.Table, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.ToDictionary(r => r.Column, r => new TargetColumn(r.Type, r.Identity == "YES"), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>The first of <paramref name="tables"/> holding a row of its own (not one the schema scripts seed), or null.</summary>
    public async Task<string?> FirstNonEmptyAsync(IEnumerable<SourceTable> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables.Where(t => !SeededByMigrations.Contains(t.Name)))
        {
            if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                    $"SELECT EXISTS (SELECT 1 FROM {table.QuotedName})", transaction: transaction, cancellationToken: cancellationToken)))
            {
                return table.Name;
            }
        }

        return null;
    }

    /// <summary>Removes the rows the schema scripts seeded, which the source's own rows replace.</summary>
    public async Task ClearSeedsAsync(CancellationToken cancellationToken)
    {
        foreach (var table in SeededByMigrations)
        {
            await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {SourceTable.Quote(table)}", transaction: transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>Streams <paramref name="rows"/> into <paramref name="table"/> with a binary COPY, one row in memory at a time.</summary>
    public async Task<long> CopyAsync(SourceTable table, IReadOnlyList<NpgsqlDbType> types, DbDataReader rows, IProgress<TableProgress>? progress,
        CancellationToken cancellationToken)
    {
        long copied = 0;
        progress?.Report(new TableProgress(table.Name, 0, table.Rows, Done: false));
        await using (var importer = await connection.BeginBinaryImportAsync(
                         $"COPY {table.QuotedName} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < types.Count; i++)
                {
                    await WriteAsync(importer, rows, i, types[i], cancellationToken);
                }

                if (++copied % ProgressEvery == 0)
                {
                    progress?.Report(new TableProgress(table.Name, copied, table.Rows, Done: false));
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        progress?.Report(new TableProgress(table.Name, copied, table.Rows, Done: true));
        return copied;
    }

    /// <summary>Sets every identity sequence past the highest id copied (or past the highest SQLite ever issued),
    /// so rows added afterwards take new ids instead of colliding with copied ones.</summary>
    public async Task ResetIdentitiesAsync(IEnumerable<(SourceTable Table, string Column)> identities, CancellationToken cancellationToken)
    {
        foreach (var (table, column) in identities)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"SELECT setval(pg_get_serial_sequence(@table, @column), GREATEST(COALESCE(MAX({SourceTable.Quote(column)}), 0), @floor) + 1, false) FROM {table.QuotedName}",
                new { table = table.QuotedName, column, floor = table.SequenceFloor }, transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>The Npgsql type to write a column as; the schema uses only these three.</summary>
    public static NpgsqlDbType TypeOf(string table, string column, string dataType) => dataType switch
    {
        "bigint" => NpgsqlDbType.Bigint,
        "text" => NpgsqlDbType.Text,
        "bytea" => NpgsqlDbType.Bytea,
        _ => throw new InvalidOperationException($"Column {table}.{column} has type {dataType}, which the copy does not handle."),
    };

    private static async Task WriteAsync(NpgsqlBinaryImporter importer, DbDataReader rows, int ordinal, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (await rows.IsDBNullAsync(ordinal, cancellationToken))
        {
            await importer.WriteNullAsync(cancellationToken);
            return;
        }

        switch (type)
        {
            case NpgsqlDbType.Bigint:
                await importer.WriteAsync(rows.GetInt64(ordinal), type, cancellationToken);
                break;
            case NpgsqlDbType.Text:
                await importer.WriteAsync(rows.GetString(ordinal), type, cancellationToken);
                break;
            default:
                await importer.WriteAsync(rows.GetFieldValue<byte[]>(ordinal), type, cancellationToken);
                break;
        }
    }
}
