namespace Tocsin.Storage.Migration;

/// <summary>One table of the source snapshot.</summary>
/// <param name="Name">The table name (the same in both schemas).</param>
/// <param name="Columns">Its columns, in declaration order.</param>
/// <param name="Rows">Its rows in the snapshot.</param>
/// <param name="SequenceFloor">The highest id SQLite's AUTOINCREMENT ever issued for it (<c>sqlite_sequence</c>),
/// which may exceed the highest id left; 0 for other tables.</param>
internal sealed record SourceTable(string Name, IReadOnlyList<string> Columns, long Rows, long SequenceFloor)
{
    /// <summary>The column list, quoted, for SELECT and COPY.</summary>
    public string ColumnList => string.Join(", ", Columns.Select(Quote));

    /// <summary>The quoted table name.</summary>
    public string QuotedName => Quote(Name);

    /// <summary>Quotes an identifier read from the schema (never user input).</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
