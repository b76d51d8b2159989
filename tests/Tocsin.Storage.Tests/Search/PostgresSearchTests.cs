using System.Text;
using Tocsin.Core.Stix;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Search;

/// <summary>The search contract on the PostgreSQL engine (tsvector and GIN).</summary>
public sealed class PostgresSearchTests(PostgresServer server) : SearchContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);

    protected override string Rebuild => """
        DELETE FROM search_documents;
        INSERT INTO search_documents (object_row, words, dated, markings)
        SELECT row_id, search_words(j), search_dated(j), search_markings(j) FROM (SELECT row_id, search_json(json) AS j FROM objects) o
        WHERE search_words(j) <> ''::tsvector;
        SELECT COUNT(*) FROM search_documents;
        """;

    [Fact]
    public async Task The_catch_up_indexes_exactly_what_the_row_functions_of_0026_index()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var added = await db.AddAsync(collection,
            Actor("ÉTAT Islamique — «Khorāsān»", "2024-01-02T09:00:00.000Z", aliases: ["ISIS-K", "Вилаят Хорасан", "ǅemal ﬁ ß"], description: "x\u0000y"),
            Actor("Plain ascii, words: and-punctuation!", "2024-01-02T09:00:00.123Z"),
            Json("""{"type":"note","spec_version":"2.1","id":"note--6a1a4b45-7d3e-4b8e-9d64-0f0c8c7b2f11","created":"2024-01-02T09:00:00.000Z","modified":"2024-01-02T09:00:00.000Z","content":"Ｆｕｌｌ width and Æsir","object_refs":["identity--0a2bd4d2-6d58-4a5c-9a4e-f0d5b6a4c111"],"object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]}"""),
            Json("""{"type":"identity","spec_version":"2.1","id":"identity--6a1a4b45-7d3e-4b8e-9d64-0f0c8c7b2f12","created":"2024-01-02T09:00:00.000Z","modified":"2024-01-02T09:00:00.000Z","name":"...","identity_class":"organization"}"""));

        var taken = await db.Store.Search.CatchUpAsync(100, Ct);

        // Rows the catch-up wrote that the functions would not (or differently), plus rows the functions would write
        // that the trigger did not.
        var differing = await db.ExecuteSqlAsync("""
            SELECT COUNT(*) FROM search_documents s
            FULL JOIN (SELECT row_id, search_words(j) AS words, search_dated(j) AS dated, search_markings(j) AS markings
                       FROM (SELECT row_id, search_json(json) AS j FROM objects) o WHERE search_words(j) <> ''::tsvector) f
                ON f.row_id = s.object_row
            WHERE f.row_id IS NULL OR s.object_row IS NULL OR s.words <> f.words OR s.dated IS DISTINCT FROM f.dated OR s.markings <> f.markings
            """);

        Assert.Equal(4, taken);
        Assert.Equal(("", 0L, 3L), (string.Join(", ", added.Outcomes.Where(o => !o.Succeeded)), (long)differing!, (long)(await db.ExecuteSqlAsync("SELECT COUNT(*) FROM search_documents"))!));
    }

    [Fact]
    public async Task Versions_indexed_before_0029_are_found_after_it_with_the_versions_stored_since()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        // The schema as 0026 to 0028 left it: the row-level trigger, and 0029 not yet applied.
        await db.ExecuteSqlAsync("""
            DROP TRIGGER objects_search_index ON objects;
            DROP FUNCTION search_index_versions();
            CREATE FUNCTION search_index_version() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                j jsonb := search_json(NEW.json);
                w tsvector := search_words(j);
            BEGIN
                IF w <> ''::tsvector THEN
                    INSERT INTO search_documents (object_row, words, dated, markings) VALUES (NEW.row_id, w, search_dated(j), search_markings(j));
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER objects_search_index AFTER INSERT ON objects FOR EACH ROW EXECUTE FUNCTION search_index_version();
            DELETE FROM schema_version WHERE version = 29;
            """);
        var before = Actor("Beforemigration group", "2024-01-01T00:00:00.000Z", aliases: ["Wilāyat Khorāsān"]);
        await db.AddAsync(collection, before);

        await db.ReopenAsync();
        var after = Actor("Aftermigration group", "2024-01-02T00:00:00.000Z", aliases: ["Wilayat Khorasan"]);
        await db.AddAsync(collection, after);

        Assert.Equal([after.Id, before.Id, before.Id, after.Id],
            Ids(await FindAsync(db, collection, "wilayat khorasan")).Concat(Ids(await FindAsync(db, collection, "beforemigration")))
                .Concat(Ids(await FindAsync(db, collection, "aftermigration"))));
    }

    private static StixObject Json(string json) => StixObject.FromTrusted(Encoding.UTF8.GetBytes(json));
}
