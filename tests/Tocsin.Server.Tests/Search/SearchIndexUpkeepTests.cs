using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Search;

/// <summary>The server's upkeep indexes what the writes queued for search (migration 0032) without any search asking:
/// the queue empties on its own, and every version it held is in the index.</summary>
public sealed class SearchIndexUpkeepTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Versions_stored_without_a_search_are_indexed_by_the_upkeep()
    {
        var store = app.Services.GetRequiredService<ITocsinStore>();
        var word = "upkeep" + Guid.NewGuid().ToString("N")[..8];
        await app.AddToPictureAsync([.. Enumerable.Range(0, 2_500).Select(i => Actor($"{word} group {i}"))]);

        // Liveness, not speed: the upkeep rests 250 ms between empty polls and takes 1,000 versions per transaction.
        for (var polls = 0; polls < 1_200 && await store.Search.QueuedAsync(Ct) > 0; polls++)
        {
            await Task.Delay(100, Ct);
        }

        var queued = await store.Search.QueuedAsync(Ct);
        await using var connection = new SqliteConnection($"Data Source={app.DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var count = new SqliteCommand("SELECT COUNT(*) FROM search_index WHERE search_index MATCH $word", connection);
        count.Parameters.AddWithValue("$word", word);

        Assert.Equal((0L, 2_500L), (queued, (long)(await count.ExecuteScalarAsync(Ct))!));
    }

    private static StixObject Actor(string name) => StixObject.FromTrusted(System.Text.Encoding.UTF8.GetBytes(new JsonObject
    {
        ["type"] = "threat-actor",
        ["spec_version"] = "2.1",
        ["id"] = Some.StixId("threat-actor"),
        ["created"] = "2024-01-01T00:00:00.000Z",
        ["modified"] = "2024-01-01T00:00:00.000Z",
        ["name"] = name,
    }.ToJsonString()));
}
