using System.Text;
using Tocsin.Core.Stix;

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

    [Fact]
    public async Task The_catch_up_that_parses_once_indexes_exactly_what_search_source_reads()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var added = await db.AddAsync(collection,
            Actor("ÉTAT Islamique — «Khorāsān»", "2024-01-02T09:00:00.000Z", aliases: ["ISIS-K", "Вилаят Хорасан", "say \"hi\"\\ ǅemal ﬁ ß"], description: "x\u0000y\ttab"),
            Actor("Plain ascii, words: and-punctuation!", "2024-01-02T09:00:00.123Z"),
            Json("""{"type":"note","spec_version":"2.1","id":"note--6a1a4b45-7d3e-4b8e-9d64-0f0c8c7b2f11","created":"2024-01-02T09:00:00.000Z","modified":"2024-01-02T09:00:00.000Z","content":"Ｆｕｌｌ width and Æsir \ud83d\ude00","object_refs":["identity--0a2bd4d2-6d58-4a5c-9a4e-f0d5b6a4c111"],"object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb","marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"]}"""),
            Json("""{"type":"report","spec_version":"2.1","id":"report--6a1a4b45-7d3e-4b8e-9d64-0f0c8c7b2f13","created":"2024-01-02T09:00:00.000Z","modified":"2024-01-02T09:00:00.000Z","published":"2024-01-03T10:11:12.345678Z","name":"Quarterly","description":"Line one\nline two","object_refs":["identity--0a2bd4d2-6d58-4a5c-9a4e-f0d5b6a4c111"]}"""),
            Json("""{"type":"identity","spec_version":"2.1","id":"identity--6a1a4b45-7d3e-4b8e-9d64-0f0c8c7b2f12","created":"2024-01-02T09:00:00.000Z","modified":"2024-01-02T09:00:00.000Z","name":"...","identity_class":"organization"}"""),
            Json("""{"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}"""));

        var taken = await db.Store.Search.CatchUpAsync(100, Ct);

        // Rows the catch-up wrote that search_source (the 0026 definition) would not write, or writes differently, plus
        // rows search_source would write that the trigger did not.
        var differing = await db.ExecuteSqlAsync("""
            SELECT (SELECT COUNT(*) FROM (SELECT rowid, words, dated, markings FROM search_index
                                          EXCEPT SELECT row_id, words, dated, markings FROM search_source WHERE words <> ''))
                 + (SELECT COUNT(*) FROM (SELECT row_id, words, dated, markings FROM search_source WHERE words <> ''
                                          EXCEPT SELECT rowid, words, dated, markings FROM search_index))
            """);

        Assert.Equal(6, taken);
        Assert.Equal(("", 0L, 5L), (string.Join(", ", added.Outcomes.Where(o => !o.Succeeded)), (long)differing!, (long)(await db.ExecuteSqlAsync("SELECT COUNT(*) FROM search_index"))!));
    }

    private static StixObject Json(string json) => StixObject.FromTrusted(Encoding.UTF8.GetBytes(json));
}
