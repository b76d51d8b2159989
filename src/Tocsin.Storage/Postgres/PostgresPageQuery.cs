using Dapper;
using Npgsql;

namespace Tocsin.Storage.Postgres;

/// <summary>Runs a page query (<c>… ORDER BY date_added LIMIT n</c>) with the plan it is written for, whatever the
/// table statistics say.</summary>
/// <remarks>Collections grow by appending: between two ANALYZE runs most new rows lie beyond the histogram, the
/// planner then believes a page's range holds a few rows and reads all of them through a bitmap scan and a sort
/// (hundreds of milliseconds per page at 100,000 objects, measured) instead of walking the
/// <c>(collection, date_added)</c> index in order and stopping at the limit; and it turns the peer checks
/// (<c>NOT EXISTS</c> per candidate) into hash anti-joins over whole tables (7 ms per look-up of one id,
/// measured); and an estimate off by a few columns' statistics makes it scan the whole collection and sort it
/// (340 ms for a page at 100,000, measured). A page touches at most a few thousand rows, each found by index,
/// in the order an index already gives: so inside the query's own transaction sequential and bitmap scans,
/// sorts where an index gives the order, hash and merge joins are off, and the joins keep the order the SQL writes
/// (the counterpart of SQLite's CROSS JOIN): from the requested ids when there are some, else the collection
/// in <c>date_added</c> order, and every peer probed by index. JIT compilation is off too: a page is a
/// short query, and a misestimate can make its compilation cost more than the query (170 ms, measured). So are
/// parallel workers: once a collection holds some 100,000 objects the planner gathers a page from a second process,
/// and starting that worker cost more than the page (53 ms for a page of 1,000 against 10–16 ms in one process,
/// measured with EXPLAIN ANALYZE on PostgreSQL 15). With the shape so fixed, the values of a page's parameters cannot
/// change its plan, so the plan is made once per prepared statement (<c>force_generic_plan</c>) rather than at every
/// execution: planning a look-up by id took 0.6 ms of its 0.7 ms in PostgreSQL's statement log.
/// <see cref="PostgresStatistics"/> keeps the estimates themselves close.</remarks>
internal static class PostgresPageQuery
{
    private const string PlanSettings =
        "SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off; SET LOCAL enable_hashjoin = off; "
        + "SET LOCAL enable_mergejoin = off; SET LOCAL join_collapse_limit = 1; SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0; "
        + "SET LOCAL plan_cache_mode = force_generic_plan";

    public static async Task<List<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // One round trip for the settings and the query: Npgsql sends the statements of one command together (with the
        // deferred BEGIN before them), and its reader skips the settings, which return no rows, to the query's rows.
        var rows = (await connection.QueryAsync<T>(new CommandDefinition(PlanSettings + "; " + sql, parameters, transaction, cancellationToken: cancellationToken))).AsList();
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }
}
