using System.Globalization;

namespace Tocsin.Storage.Search;

/// <summary>The few pieces of the search query that each engine writes its own way.</summary>
/// <param name="Source">The index as a FROM item aliased <c>s</c>, with columns <c>dated</c> and <c>markings</c>.</param>
/// <param name="Row">The index row's key, the stored version's <c>objects.row_id</c>.</param>
/// <param name="Match">The predicate "the row holds <c>@match</c>".</param>
/// <param name="Expression">The <c>@match</c> of folded words: each a prefix, all required. The words hold only
/// letters and digits (<see cref="SearchWords"/>); each is quoted all the same, so that nothing a person types can be
/// read as the engine's query syntax.</param>
/// <param name="Window">When set, the search walks the newest index rows by key before it asks the full-text index
/// (<see cref="SearchWindow"/>).</param>
/// <param name="CatchUp">The statements that index up to <c>@batch</c> queued versions and answer how many they took
/// (<see cref="SearchCatchUpSql"/>).</param>
/// <param name="QueuedLast">The highest queued row, NULL when none is queued.</param>
/// <param name="QueuedUpTo">Whether any row up to <c>@bound</c> is still queued.</param>
internal sealed record SearchSql(string Source, string Row, string Match, Func<IReadOnlyList<string>, string> Expression, string CatchUp,
    string QueuedLast, string QueuedUpTo, SearchWindow? Window = null)
{
    /// <summary>FTS5: <c>"word"*</c> is a prefix phrase; phrases side by side are all required.</summary>
    public static SearchSql Sqlite { get; } = new("search_index s", "s.rowid", "search_index MATCH @match",
        words => string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*")), SearchCatchUpSql.Sqlite,
        SearchCatchUpSql.SqliteLast, SearchCatchUpSql.SqliteQueuedUpTo);

    /// <summary>tsquery: <c>'word':*</c> is a prefix lexeme; <c>&amp;</c> requires both. The 'simple' configuration
    /// folds nothing more: the words are folded already, as the index's are. 2,000 index rows are walked by key
    /// first: a few milliseconds when they hold no match, and a page of a word found in one object in a hundred.
    /// <c>OFFSET 0</c> plans the older rows' subquery on its own, so that the page's order cannot make the planner
    /// walk the whole index by key for a word it wrongly takes for a common one; a date range is applied inside it, where
    /// the index on the date (migration 0030) can serve it.</summary>
    public static SearchSql Postgres { get; } = new("search_documents s", "s.object_row", "s.words @@ to_tsquery('simple', @match)",
        words => string.Join(" & ", words.Select(w => string.Create(CultureInfo.InvariantCulture,
            $"'{w.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}':*"))), SearchCatchUpSql.Postgres,
        SearchCatchUpSql.PostgresLast, SearchCatchUpSql.PostgresQueuedUpTo,
        new SearchWindow(2_000,
            "(SELECT * FROM search_documents WHERE object_row < @before ORDER BY object_row DESC LIMIT @window) s",
            "SELECT COUNT(*) AS Scanned, MIN(object_row) AS Floor FROM (SELECT object_row FROM search_documents WHERE object_row < @before ORDER BY object_row DESC LIMIT @window) w",
            "(SELECT * FROM search_documents WHERE words @@ to_tsquery('simple', @match) AND object_row < @before{0} OFFSET 0) s",
            "SET TRANSACTION READ ONLY"));
}
