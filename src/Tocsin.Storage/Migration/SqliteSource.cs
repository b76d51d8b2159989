using Dapper;
using Microsoft.Data.Sqlite;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Storage.Sqlite;

namespace Tocsin.Storage.Migration;

/// <summary>The SQLite store being moved, read inside one read transaction: every table, count and the audit
/// head come from the same snapshot, even if a server still writes to the file. Never writes to it.</summary>
internal sealed class SqliteSource : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    private SqliteSource(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>Every table but <c>schema_version</c>, parents before the tables that reference them.</summary>
    public IReadOnlyList<SourceTable> Tables { get; private set; } = [];

    /// <summary>The last audit entry's sequence (0 for an empty log).</summary>
    public long HeadSequence { get; private set; }

    /// <summary>The last audit entry's hash (the genesis hash for an empty log).</summary>
    public ReadOnlyMemory<byte> HeadHash { get; private set; } = AuditEncoding.GenesisHash;

    /// <summary>Opens <paramref name="path"/> (never creating it) and reads its schema, counts and head; refuses a
    /// missing file, a file that is not a Tocsin store, and a store at another schema version than this build's.</summary>
    public static async Task<Result<SqliteSource>> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return MigrationErrors.SourceMissing(path);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        SqliteSource? source = null;
        try
        {
            await connection.OpenAsync(cancellationToken);
            source = new SqliteSource(connection, connection.BeginTransaction(deferred: true));
            var refusal = await source.ReadSnapshotAsync(cancellationToken);
            if (refusal is null)
            {
                return source;
            }

            await source.DisposeAsync();
            return refusal;
        }
        catch (SqliteException ex)
        {
            // Not a database, or no schema_version table: the one-line reason SQLite gives is the clearest.
            await (source?.DisposeAsync() ?? connection.DisposeAsync());
            return MigrationErrors.SourceInvalid(path, ex.Message.TrimEnd('.'));
        }
    }

    /// <summary>A command reading every row of <paramref name="table"/> in the snapshot, columns in <see cref="SourceTable.Columns"/> order.</summary>
    public SqliteCommand SelectAll(SourceTable table)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"SELECT {table.ColumnList} FROM {table.QuotedName}";
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task<Error?> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        var version = await QueryAsync<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version", null, cancellationToken);
        var expected = SqliteMigrator.Scripts[^1].Version;
        if (version.Single() != expected)
        {
            return MigrationErrors.SourceSchemaVersion(version.Single(), expected);
        }

        var floors = (await QueryAsync<(string Name, long Seq)>(
                "SELECT name, seq FROM sqlite_sequence", null, cancellationToken))
            .ToDictionary(r => r.Name, r => r.Seq, StringComparer.Ordinal);
        var tables = new List<SourceTable>();
        foreach (var name in await QueryAsync<string>(
            // The FTS5 search index, its shadow tables and its queue are not copied: PostgreSQL's trigger queues each
            // version copied for its own index.
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name <> 'schema_version' "
                + "AND name NOT LIKE 'search!_index%' ESCAPE '!' AND name <> 'search_pending' ORDER BY rowid",
            null, cancellationToken))
        {
            var columns = await QueryAsync<string>("SELECT name FROM pragma_table_info(@name) ORDER BY cid", new { name }, cancellationToken);
            var rows = await QueryAsync<long>($"SELECT COUNT(*) FROM {SourceTable.Quote(name)}", null, cancellationToken);
            tables.Add(new SourceTable(name, [.. columns], rows.Single(), floors.GetValueOrDefault(name)));
        }

        Tables = await ForeignKeyOrderAsync(tables, cancellationToken);
        await ReadHeadAsync(cancellationToken);
        return null;
    }

    /// <summary>Creation order, except that a table comes after every table it references: PostgreSQL checks
    /// foreign keys row by row during COPY.</summary>
    private async Task<IReadOnlyList<SourceTable>> ForeignKeyOrderAsync(List<SourceTable> tables, CancellationToken cancellationToken)
    {
        var parents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var referenced = await QueryAsync<string>("SELECT \"table\" FROM pragma_foreign_key_list(@name)", new { name = table.Name }, cancellationToken);
            parents[table.Name] = referenced.Where(p => p != table.Name).ToHashSet(StringComparer.Ordinal);
        }

        var ordered = new List<SourceTable>(tables.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < tables.Count)
        {
            var next = tables.FirstOrDefault(t => !placed.Contains(t.Name) && parents[t.Name].All(placed.Contains))
                ?? throw new InvalidOperationException("The source's foreign keys form a cycle.");
            ordered.Add(next);
            placed.Add(next.Name);
        }

        return ordered;
    }

    private async Task ReadHeadAsync(CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            HeadSequence = reader.GetInt64(0);
            HeadHash = (byte[])reader.GetValue(1);
        }
    }

    private Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        _connection.QueryAsync<T>(new CommandDefinition(sql, parameters, _transaction, cancellationToken: cancellationToken));
}
