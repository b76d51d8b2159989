namespace Tocsin.Storage.Search;

/// <summary>The statements that bring each engine's full-text index up to date with the versions queued in
/// <c>search_pending</c> by the write that stored them (migration 0032 of each engine): up to <c>@batch</c> of the
/// oldest queued versions are indexed and taken off the queue in one transaction, and the statement answers how many
/// it took.</summary>
internal static class SearchCatchUpSql
{
    /// <summary>Whether any stored version waits for the index; no lock taken.</summary>
    public const string Queued = "SELECT EXISTS (SELECT 1 FROM search_pending)";

    /// <summary>SQLite: the highest queued row (NULL when none), and whether any row up to <c>@bound</c> is still queued.</summary>
    public const string SqliteLast = "SELECT MAX(row_id) FROM search_pending";

    /// <inheritdoc cref="SqliteLast"/>
    public const string SqliteQueuedUpTo = "SELECT EXISTS (SELECT 1 FROM search_pending WHERE row_id <= @bound)";

    /// <summary>PostgreSQL: the same two questions.</summary>
    public const string PostgresLast = "SELECT MAX(object_row) FROM search_pending";

    /// <inheritdoc cref="PostgresLast"/>
    public const string PostgresQueuedUpTo = "SELECT EXISTS (SELECT 1 FROM search_pending WHERE object_row <= @bound)";

    /// <summary>How many stored versions wait for the index.</summary>
    public const string QueuedCount = "SELECT COUNT(*) FROM search_pending";

    /// <summary>SQLite, run under <c>BEGIN IMMEDIATE</c>: the write lock keeps the first <c>@batch</c> queued rows the
    /// same for both statements. A version already indexed (by a rebuild) has its row replaced. Each version's words, date and markings are exactly those of the trigger of 0031 (and
    /// of the view <c>search_source</c>): the text is parsed once into JSONB and every member read from it; OFFSET 0
    /// keeps the subqueries from being folded into their callers, so that the JSONB is computed once per version.</summary>
    public const string Sqlite = """
        INSERT OR REPLACE INTO search_index (rowid, words, dated, markings)
        SELECT row_id, words, dated, markings
        FROM (
            SELECT row_id,
                   substr(concat_ws(' ',
                       json_extract(j, '$.name'),
                       (SELECT group_concat(value, ' ') FROM json_each(j, '$.aliases')),
                       json_extract(j, '$.description'),
                       json_extract(j, '$.content'),
                       json_extract(j, '$.abstract'),
                       json_extract(j, '$.explanation')), 1, 200000) AS words,
                   CAST(unixepoch(COALESCE(json_extract(j, '$.published'), json_extract(j, '$.first_seen'),
                                           json_extract(j, '$.created')), 'subsec') * 1000000 AS INTEGER) AS dated,
                   ' ' || COALESCE((SELECT group_concat(value, ' ') FROM json_each(j, '$.object_marking_refs')), '') || ' ' AS markings
            FROM (SELECT o.row_id, jsonb(CAST(o.json AS TEXT)) AS j
                  FROM (SELECT row_id FROM search_pending ORDER BY row_id LIMIT @batch) p
                  JOIN objects o ON o.row_id = p.row_id
                  LIMIT -1 OFFSET 0)
            LIMIT -1 OFFSET 0)
        WHERE words <> '';
        DELETE FROM search_pending WHERE row_id IN (SELECT row_id FROM search_pending ORDER BY row_id LIMIT @batch);
        SELECT changes();
        """;

    /// <summary>PostgreSQL: the function of migration 0032, one statement and so one transaction.</summary>
    public const string Postgres = "SELECT search_catch_up(@batch)";
}
