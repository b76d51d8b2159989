namespace Tocsin.Storage.Tests.Search;

/// <summary>The search contract on the SQLite engine (FTS5).</summary>
public sealed class SqliteSearchTests : SearchContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();

    protected override string Rebuild => """
        DELETE FROM search_index;
        INSERT INTO search_index (rowid, words, dated, markings) SELECT row_id, words, dated, markings FROM search_source WHERE words <> '';
        SELECT COUNT(*) FROM search_index;
        """;
}
