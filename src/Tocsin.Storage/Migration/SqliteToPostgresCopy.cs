using Dapper;
using Npgsql;
using NpgsqlTypes;
using Tocsin.Core;
using Tocsin.Storage.Postgres;

namespace Tocsin.Storage.Migration;

/// <summary>Moves a whole installation from a SQLite file into a new PostgreSQL database (docs/storage.md,
/// "Moving to PostgreSQL"): every table, rows as they are (object bytes, row ids, sequences, audit entries and
/// checkpoints), parents first, streamed with binary COPY inside one transaction; then checks the result.</summary>
public static class SqliteToPostgresCopy
{
    /// <summary>Migrates the target's schema, copies the source's snapshot into it in one transaction that also
    /// resets every identity sequence, commits, and reports the checks of <see cref="MigrationReport"/>.</summary>
    /// <param name="sqlitePath">The source database file; only read.</param>
    /// <param name="postgresConnectionString">An Npgsql connection string to the target database.</param>
    /// <param name="clock">Stamps the target's schema-version rows.</param>
    /// <param name="progress">Told about each table as it is copied; may be null.</param>
    /// <param name="cancellationToken">Cancels the copy, which then leaves the target without any copied row.</param>
    /// <returns>The checks; or a refusal (<see cref="MigrationErrors"/>) made before any row was written.</returns>
    public static async Task<Result<MigrationReport>> RunAsync(string sqlitePath, string postgresConnectionString, TimeProvider clock,
        IProgress<TableProgress>? progress, CancellationToken cancellationToken)
    {
        var opened = await SqliteSource.OpenAsync(sqlitePath, cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        await using var source = opened.Value;
        var target = await OpenTargetAsync(postgresConnectionString, clock, cancellationToken);
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        await using var database = target.Value;
        var refusal = await CopyAsync(source, database, progress, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await CheckAsync(source, database, cancellationToken);
    }

    private static async Task<Result<PostgresDatabase>> OpenTargetAsync(string connectionString, TimeProvider clock, CancellationToken cancellationToken)
    {
        PostgresDatabase database;
        try
        {
            database = new PostgresDatabase(connectionString, clock);
        }
        catch (ArgumentException ex)
        {
            return MigrationErrors.TargetUnavailable(ex.Message);
        }

        try
        {
            await new PostgresMigrator(database).MigrateAsync(cancellationToken);
            return database;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // Unreachable server, bad credentials, no such database, or a schema some newer build migrated.
            await database.DisposeAsync();
            return MigrationErrors.TargetUnavailable(ex.Message);
        }
    }

    private static async Task<Error?> CopyAsync(SqliteSource source, PostgresDatabase database, IProgress<TableProgress>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // The write lock too: no node writes while the copy runs, and the target is checked empty under it.
        await using var transaction = await PostgresDatabase.BeginWriteAsync(connection, cancellationToken);
        var target = new PostgresTarget(connection, transaction);
        var schema = await target.ColumnsAsync(cancellationToken);
        var plan = new List<(SourceTable Table, NpgsqlDbType[] Types)>();
        var identities = new List<(SourceTable, string)>();
        foreach (var table in source.Tables)
        {
            if (!schema.TryGetValue(table.Name, out var columns))
            {
                return MigrationErrors.SchemaMismatch($"table {table.Name}");
            }

            var types = new NpgsqlDbType[table.Columns.Count];
            for (var i = 0; i < types.Length; i++)
            {
                if (!columns.TryGetValue(table.Columns[i], out var column))
                {
                    return MigrationErrors.SchemaMismatch($"column {table.Name}.{table.Columns[i]}");
                }

                types[i] = PostgresTarget.TypeOf(table.Name, table.Columns[i], column.DataType);
            }

            plan.Add((table, types));
            identities.AddRange(columns.Where(c => c.Value.IsIdentity).Select(c => (table, c.Key)));
        }

        if (await target.FirstNonEmptyAsync(source.Tables, cancellationToken) is { } busy)
        {
            return MigrationErrors.TargetNotEmpty(busy);
        }

        await target.ClearSeedsAsync(cancellationToken);
        foreach (var (table, types) in plan)
        {
            await using var select = source.SelectAll(table);
            await using var rows = await select.ExecuteReaderAsync(cancellationToken);
            await target.CopyAsync(table, types, rows, progress, cancellationToken);
        }

        await target.ResetIdentitiesAsync(identities, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Counts every table on the committed target and verifies its audit chain from its own rows.</summary>
    private static async Task<MigrationReport> CheckAsync(SqliteSource source, PostgresDatabase database, CancellationToken cancellationToken)
    {
        var counts = new List<TableCount>(source.Tables.Count);
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            foreach (var table in source.Tables)
            {
                var rows = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    $"SELECT COUNT(*) FROM {table.QuotedName}", cancellationToken: cancellationToken));
                counts.Add(new TableCount(table.Name, table.Rows, rows));
            }
        }

        var chain = await PostgresAuditVerification.VerifyAsync(database, deep: false, verifySignature: null, cancellationToken);
        return new MigrationReport(counts, source.HeadSequence, source.HeadHash, chain);
    }
}
