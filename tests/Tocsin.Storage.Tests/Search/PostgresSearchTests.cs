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
}
