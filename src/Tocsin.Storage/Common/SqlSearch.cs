using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Tocsin.Storage.Search;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' search: the index (each engine's own, <see cref="SearchSql"/>) joined to the versions the
/// collection serves now. A version is answered only while it is live in the collection and no later live version
/// of its id is; so adding a version, a new version and a tombstone are reflected by the next search.</summary>
/// <remarks>The index is written after the versions (migration 0032): a search first indexes what is still queued, so
/// that it finds every version stored before it was asked.</remarks>
internal sealed class SqlSearch(IStoreDatabase database) : ISearchStore
{
    /// <summary>How many queued versions one catch-up transaction of a search indexes.</summary>
    public const int CatchUpBatch = 1_000;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(Guid collectionId, SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Words.Count == 0)
        {
            throw new ArgumentException("A search needs at least one word.", nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, SearchQuery.MaxLimit, nameof(query));
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await CatchUpAllAsync(connection, cancellationToken);
        var sql = database.Dialect.Search;
        if (sql.Window is not { } window)
        {
            return await SqlCollections.RowOfAsync(connection, null, collectionId, cancellationToken) is { } collection
                ? await QueryAsync(connection, null, sql, sql.Source, collection, query, query.Before, query.Limit, cancellationToken)
                : [];
        }

        // The walk takes up to four statements: one REPEATABLE READ snapshot for all of them, so that a page is what
        // one moment held (under READ COMMITTED each statement sees its own). Read only: nothing here writes.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(window.ReadOnly, transaction: transaction, cancellationToken: cancellationToken));
        var hits = await WalkAsync(connection, transaction, sql, window, collectionId, query, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return hits;
    }

    public async Task<int> CatchUpAsync(int maxVersions, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxVersions, 1);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await IsQueuedAsync(connection, cancellationToken) ? await CatchUpAsync(connection, maxVersions, cancellationToken) : 0;
    }

    public async Task<long> QueuedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(SearchCatchUpSql.QueuedCount, cancellationToken: cancellationToken));
    }

    /// <summary>Indexes every version queued when the search began, a batch per transaction. The look at the queue
    /// takes no lock, so a search with nothing queued (the usual case once the upkeep has run) never waits for SQLite's
    /// write lock; and versions queued after the search began do not hold it up, however fast writers queue them.</summary>
    private async Task CatchUpAllAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var sql = database.Dialect.Search;
        if (await connection.ExecuteScalarAsync<long?>(new CommandDefinition(sql.QueuedLast, cancellationToken: cancellationToken)) is not { } bound)
        {
            return;
        }

        // Every version committed before now has a row up to the bound. On PostgreSQL a batch another node is
        // indexing is waited for and then found gone: the loop ends when no row up to the bound is left, not when a
        // batch took nothing.
        while (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(sql.QueuedUpTo, new { bound }, cancellationToken: cancellationToken)))
        {
            await CatchUpAsync(connection, CatchUpBatch, cancellationToken);
        }
    }

    private static Task<bool> IsQueuedAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(SearchCatchUpSql.Queued, cancellationToken: cancellationToken));

    private async Task<int> CatchUpAsync(DbConnection connection, int maxVersions, CancellationToken cancellationToken)
    {
        using var turn = await database.QueueToWriteAsync(cancellationToken);
        await using var transaction = await database.BeginUnauditedWriteAsync(connection, cancellationToken);
        var taken = await connection.ExecuteScalarAsync<int>(new CommandDefinition(database.Dialect.Search.CatchUp, new { batch = maxVersions }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return taken;
    }

    private static async Task<IReadOnlyList<SearchHit>> WalkAsync(DbConnection connection, DbTransaction transaction, SearchSql sql, SearchWindow window,
        Guid collectionId, SearchQuery query, CancellationToken cancellationToken)
    {
        if (await SqlCollections.RowOfAsync(connection, transaction, collectionId, cancellationToken) is not { } collection)
        {
            return [];
        }

        // Newest index rows first, by key: a common word fills the page from them (docs/benchmarks.md, "Search across
        // the picture"). Only when they held less than a page are the older rows asked through the full-text index.
        var recent = await QueryAsync(connection, transaction, sql, window.Recent, collection, query, query.Before, query.Limit, cancellationToken, window.Rows);
        if (recent.Count == query.Limit)
        {
            return recent;
        }

        var extent = await connection.QuerySingleAsync<WindowExtent>(new CommandDefinition(window.Extent,
            new { before = query.Before ?? long.MaxValue, window = window.Rows }, transaction, cancellationToken: cancellationToken));
        if (extent.Scanned < window.Rows || extent.Floor is not { } floor)
        {
            return recent;
        }

        // The date range goes inside the older rows' subquery, where the index on the date can serve it: a range that
        // holds none of the newest rows otherwise read every match of a common word from the full-text index.
        var dated = (query.From is null ? "" : " AND dated >= @from") + (query.To is null ? "" : " AND dated < @to");
        var older = await QueryAsync(connection, transaction, sql, string.Format(CultureInfo.InvariantCulture, window.Older, dated), collection, query,
            floor, query.Limit - recent.Count, cancellationToken);
        return [.. recent, .. older];
    }

    private static async Task<List<SearchHit>> QueryAsync(DbConnection connection, DbTransaction? transaction, SearchSql sql, string source, long collection, SearchQuery query,
        long? before, int limit, CancellationToken cancellationToken, int window = 0)
    {
        var parameters = new DynamicParameters(new { collection, match = sql.Expression(query.Words), limit });
        if (window > 0)
        {
            // The walk's source reads @before even on a first page, and @window.
            parameters.Add("window", window);
            parameters.Add("before", before ?? long.MaxValue);
        }
        else if (before is not null)
        {
            parameters.Add("before", before);
        }

        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            SELECT {sql.Row} AS Row, co.date_added AS DateAdded, {StoredVersionRow.Columns}
            FROM {source}
            JOIN objects o ON o.row_id = {sql.Row}
            JOIN collection_objects co ON co.object_row = o.row_id AND co.collection_row = @collection AND co.deleted_at IS NULL AND co.contributor IS NULL
            WHERE {sql.Match}
            """));
        if (before is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" AND {sql.Row} < @before");
        }

        Filter(text, parameters, query);
        // The latest live version of each id only: a newer live version (or a tombstone of this one) retires it. The
        // newer versions are found by id first and each is then looked up in the collection: written as a join, SQLite
        // walked every row of the collection for each hit (docs/benchmarks.md, "Search across the picture").
        text.Append(CultureInfo.InvariantCulture, $"""

            AND NOT EXISTS (SELECT 1 FROM objects n
                WHERE n.id = o.id AND n.version_ticks > o.version_ticks
                AND EXISTS (SELECT 1 FROM collection_objects nc
                    WHERE nc.object_row = n.row_id AND nc.collection_row = @collection AND nc.deleted_at IS NULL AND nc.contributor IS NULL))
            ORDER BY {sql.Row} DESC
            LIMIT @limit
            """);
        var rows = await connection.QueryAsync<HitRow>(new CommandDefinition(text.ToString(), parameters, transaction, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new SearchHit(r.Row, new StoredVersionRow(r.DateAdded, r.Json, r.Id, r.Type, r.VersionKey).ToStoredObject(false)))];
    }

    private static void Filter(StringBuilder text, DynamicParameters parameters, SearchQuery query)
    {
        if (query.Type is { } type)
        {
            text.Append(" AND o.type = @type");
            parameters.Add("type", type);
        }

        if (query.Marking is { } marking)
        {
            // markings is ' ' || refs || ' '; an id holds letters, digits and '-', none of them LIKE wildcards.
            text.Append(" AND s.markings LIKE @marking");
            parameters.Add("marking", "% " + marking + " %");
        }

        if (query.From is { } from)
        {
            text.Append(" AND s.dated >= @from");
            parameters.Add("from", DateAddedStamp.FromInstant(from).Microseconds);
        }

        if (query.To is { } to)
        {
            text.Append(" AND s.dated < @to");
            parameters.Add("to", DateAddedStamp.FromInstant(to).Microseconds);
        }
    }

    private sealed record HitRow(long Row, long DateAdded, byte[] Json, string Id, string Type, string VersionKey);

    private sealed record WindowExtent(long Scanned, long? Floor);
}
