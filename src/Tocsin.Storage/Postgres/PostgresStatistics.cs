using Dapper;

namespace Tocsin.Storage.Postgres;

/// <summary>Keeps the planner's statistics of the object tables in step with their growth.</summary>
/// <remarks>Autovacuum analyzes a table once a tenth of it has changed and up to a minute later; a feed that
/// imports a hundred thousand objects into an empty table is read before that, with no statistics at all,
/// and the planner then guesses seq scans and JIT compilation (hundreds of milliseconds per look-up,
/// measured). PostgreSQL's own advice after a bulk load is to ANALYZE: this store does so itself, outside the
/// write lock, once the rows it added since its last ANALYZE reach a quarter of the table (at least 5,000),
/// and not the wide JSON column, so that it costs tens of milliseconds, rarely.</remarks>
internal sealed class PostgresStatistics(PostgresDatabase database)
{
    private const long MinimumGrowth = 5_000;
    private long _addedSinceAnalyze;
    private long _threshold = MinimumGrowth;

    /// <summary>Counts rows a committed batch added and analyzes the object tables when they grew enough.</summary>
    public async Task NoteAddedAsync(int rows, CancellationToken cancellationToken)
    {
        if (Interlocked.Add(ref _addedSinceAnalyze, rows) < Interlocked.Read(ref _threshold))
        {
            return;
        }

        Interlocked.Exchange(ref _addedSinceAnalyze, 0);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE objects (row_id, id, type, spec_version, version_ticks), collection_objects", cancellationToken: cancellationToken));
        var size = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = 'collection_objects'::regclass", cancellationToken: cancellationToken));
        Interlocked.Exchange(ref _threshold, Math.Max(MinimumGrowth, size / 4));
    }
}
