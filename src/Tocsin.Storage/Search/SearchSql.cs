using System.Globalization;

namespace Tocsin.Storage.Search;

/// <summary>The few pieces of the search query that each engine writes its own way.</summary>
/// <param name="Source">The index as a FROM item aliased <c>s</c>, with columns <c>dated</c> and <c>markings</c>.</param>
/// <param name="Row">The index row's key, the stored version's <c>objects.row_id</c>.</param>
/// <param name="Match">The predicate "the row holds <c>@match</c>".</param>
/// <param name="Expression">The <c>@match</c> of folded words: each a prefix, all required. The words hold only
/// letters and digits (<see cref="SearchWords"/>); each is quoted all the same, so that nothing a person types can be
/// read as the engine's query syntax.</param>
internal sealed record SearchSql(string Source, string Row, string Match, Func<IReadOnlyList<string>, string> Expression)
{
    /// <summary>FTS5: <c>"word"*</c> is a prefix phrase; phrases side by side are all required.</summary>
    public static SearchSql Sqlite { get; } = new("search_index s", "s.rowid", "search_index MATCH @match",
        words => string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*")));

    /// <summary>tsquery: <c>'word':*</c> is a prefix lexeme; <c>&amp;</c> requires both. The 'simple' configuration
    /// folds nothing more: the words are folded already, as the index's are.</summary>
    public static SearchSql Postgres { get; } = new("search_documents s", "s.object_row", "s.words @@ to_tsquery('simple', @match)",
        words => string.Join(" & ", words.Select(w => string.Create(CultureInfo.InvariantCulture,
            $"'{w.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}':*"))));
}
