using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tocsin.Cli.Tests.Migrate;

/// <summary>Raw reads of both databases, behind the stores' backs, to compare what the copy wrote.</summary>
internal static class Tables
{
    /// <summary>Every table of the SQLite file and its row count.</summary>
    public static async Task<Dictionary<string, long>> SqliteCountsAsync(string path)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        foreach (var table in await SqliteColumnAsync<string>(connection,
            // The search index and its queue are rebuilt through PostgreSQL's trigger, never copied (docs/search.md).
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name <> 'schema_version' "
                + "AND name NOT LIKE 'search!_index%' ESCAPE '!' AND name <> 'search_pending'"))
        {
            counts[table] = (await SqliteColumnAsync<long>(connection, $"SELECT COUNT(*) FROM {table}"))[0];
        }

        return counts;
    }

    /// <summary>The row count of each of <paramref name="tables"/> in the PostgreSQL database.</summary>
    public static async Task<Dictionary<string, long>> PostgresCountsAsync(string connectionString, IEnumerable<string> tables)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM {table}", connection);
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>Each row of <paramref name="sql"/> as one string of its column values (byte arrays in hex).</summary>
    public static async Task<List<string>> SqliteRowsAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await RowsAsync(await command.ExecuteReaderAsync());
    }

    /// <summary>Each row of <paramref name="sql"/> as one string of its column values (byte arrays in hex).</summary>
    public static async Task<List<string>> PostgresRowsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await RowsAsync(await command.ExecuteReaderAsync());
    }

    /// <summary>Runs a statement on the SQLite file with foreign keys unchecked (as an old or damaged file might hold rows).</summary>
    public static async Task ExecuteSqliteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Foreign Keys=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> RowsAsync(System.Data.Common.DbDataReader reader)
    {
        await using (reader)
        {
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToHexStringLower(bytes),
                    var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                })));
            }

            return rows;
        }
    }

    private static async Task<List<T>> SqliteColumnAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
