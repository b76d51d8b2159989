using System.Text;
using System.Text.Json.Nodes;
using Tocsin.Core.Stix;
using Tocsin.Storage.Search;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Search;

/// <summary>Contract: the full-text index follows what a collection serves — additions, new versions, tombstones —
/// on every engine, with the same folding of case and diacritics and the same filters.</summary>
public abstract class SearchContract : StoreContractBase
{
    private const string Amber = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
    private const string Green = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

    [Fact]
    public async Task An_added_version_is_found_by_its_name_aliases_and_description()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var actor = Actor("ISIS-K", "2024-01-02T09:00:00.000Z", aliases: ["ISKP", "Wilayat Khorasan"], description: "Branch active in Afghanistan.");
        await db.AddAsync(collection, actor);

        var found = new[] { "isis k", "iskp", "wilayat", "afghanistan" }.Select(async q => Ids(await FindAsync(db, collection, q)));

        Assert.All(await Task.WhenAll(found), ids => Assert.Equal([actor.Id], ids));
    }

    [Fact]
    public async Task Case_and_diacritics_are_folded_both_ways()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var actor = Actor("Islamic State Khorasan Province", "2024-01-02T09:00:00.000Z", aliases: ["État islamique au Khorassan"]);
        await db.AddAsync(collection, actor);

        var plain = await FindAsync(db, collection, "ETAT ISLAMIQUE khorassan");
        var accented = await FindAsync(db, collection, "Khorās");

        Assert.Equal((actor.Id, actor.Id), (Assert.Single(Ids(plain)), Assert.Single(Ids(accented))));
    }

    [Fact]
    public async Task Every_word_must_match_as_a_prefix()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var crocus = Actor("Crocus attackers", "2024-03-22T18:00:00.000Z");
        var other = Actor("Moscow cell", "2024-03-22T18:00:00.000Z");
        await db.AddAsync(collection, crocus, other);

        var found = await FindAsync(db, collection, "croc att");

        Assert.Equal([crocus.Id], Ids(found));
    }

    [Fact]
    public async Task A_new_version_replaces_the_old_words()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var id = Some.StixId("threat-actor");
        await db.AddAsync(collection, Actor("Oldname group", "2024-01-01T00:00:00.000Z", id: id));
        await db.AddAsync(collection, Actor("Newname group", "2024-02-01T00:00:00.000Z", id: id));

        var old = await FindAsync(db, collection, "oldname");
        var renamed = await FindAsync(db, collection, "newname");

        Assert.Equal((0, "2024-02-01T00:00:00.000Z"), (old.Count, Assert.Single(renamed).Stored.Object.Modified?.Text));
    }

    [Fact]
    public async Task A_tombstoned_object_is_no_longer_found_and_its_earlier_version_does_not_come_back()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var id = Some.StixId("threat-actor");
        await db.AddAsync(collection, Actor("Tombstoned group", "2024-01-01T00:00:00.000Z", id: id), Actor("Tombstoned group", "2024-02-01T00:00:00.000Z", id: id));

        await db.Store.DeleteObjectAsync(collection.Id, id, new VersionFilter { IncludeAll = true }, Ct);

        Assert.Empty(await FindAsync(db, collection, "tombstoned"));
    }

    [Fact]
    public async Task Tombstoning_the_latest_version_leaves_the_earlier_live_version_found()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var id = Some.StixId("threat-actor");
        await db.AddAsync(collection, Actor("Firstword group", "2024-01-01T00:00:00.000Z", id: id), Actor("Secondword group", "2024-02-01T00:00:00.000Z", id: id));

        await db.Store.DeleteObjectAsync(collection.Id, id, new VersionFilter { IncludeLast = true }, Ct);

        Assert.Equal((1, 0), ((await FindAsync(db, collection, "firstword")).Count, (await FindAsync(db, collection, "secondword")).Count));
    }

    [Fact]
    public async Task A_version_in_another_collection_is_not_found()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var elsewhere = await db.NewCollectionAsync();
        await db.AddAsync(elsewhere, Actor("Elsewhere group", "2024-01-01T00:00:00.000Z"));

        Assert.Empty(await FindAsync(db, collection, "elsewhere"));
    }

    [Fact]
    public async Task A_write_only_queues_its_versions_and_a_search_indexes_them_before_it_reads()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var first = Actor("Queued group", "2024-01-01T00:00:00.000Z");
        var second = Actor("Queued cell", "2024-01-01T00:00:00.000Z");
        await db.AddAsync(collection, first, second);
        var queued = await db.Store.Search.QueuedAsync(Ct);

        var found = Ids(await FindAsync(db, collection, "queued"));

        Assert.Equal((2L, 0L), (queued, await db.Store.Search.QueuedAsync(Ct)));
        Assert.Equal([second.Id, first.Id], found);
    }

    [Fact]
    public async Task A_catch_up_takes_at_most_its_batch_and_then_the_rest()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        await db.AddAsync(collection, [.. Enumerable.Range(0, 5).Select(i => Actor($"Batched group {i}", "2024-01-01T00:00:00.000Z"))]);

        var taken = new[] { await db.Store.Search.CatchUpAsync(2, Ct), await db.Store.Search.CatchUpAsync(10, Ct), await db.Store.Search.CatchUpAsync(10, Ct) };

        Assert.Equal([2, 3, 0], taken);
        Assert.Equal(5, (await FindAsync(db, collection, "batched")).Count);
    }

    [Fact]
    public async Task Concurrent_catch_ups_index_each_queued_version_once()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        await db.AddAsync(collection, [.. Enumerable.Range(0, 300).Select(i => Actor($"Raced group {i}", "2024-01-01T00:00:00.000Z"))]);

        var taken = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var sum = 0;
            for (int n; (n = await db.Store.Search.CatchUpAsync(25, Ct)) > 0;)
            {
                sum += n;
            }

            return sum;
        })));

        Assert.Equal((300, 0L), (taken.Sum(), await db.Store.Search.QueuedAsync(Ct)));
        Assert.Equal(300, (await db.Store.Search.FindAsync(collection.Id, new SearchQuery { Words = SearchWords.Of("raced"), Limit = SearchQuery.MaxLimit }, Ct)).Count);
    }

    [Fact]
    public async Task Versions_stored_before_the_index_existed_are_indexed_by_the_migration()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var actor = Actor("Backfilled group", "2024-01-01T00:00:00.000Z");
        await db.AddAsync(collection, actor);

        await db.ExecuteSqlAsync(Rebuild);

        Assert.Equal([actor.Id], Ids(await FindAsync(db, collection, "backfilled")));
    }

    [Fact]
    public async Task Type_marking_and_date_filters_combine()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var wanted = Actor("Filtered amber", "2024-03-10T00:00:00.000Z", marking: Amber);
        await db.AddAsync(collection,
            wanted,
            Actor("Filtered green", "2024-03-10T00:00:00.000Z", marking: Green),
            Actor("Filtered late", "2024-04-10T00:00:00.000Z", marking: Amber),
            Report("Filtered report", "2024-03-10T00:00:00.000Z", Amber));
        var query = new SearchQuery
        {
            Words = SearchWords.Of("filtered"),
            Type = "threat-actor",
            Marking = Amber,
            From = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero),
            To = new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero),
        };

        var found = await db.Store.Search.FindAsync(collection.Id, query, Ct);

        Assert.Equal([wanted.Id], Ids(found));
    }

    [Fact]
    public async Task A_report_is_dated_by_its_publication()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var report = Report("Published report", "2024-01-01T00:00:00.000Z", Green, published: "2024-03-23T06:00:00.000Z");
        await db.AddAsync(collection, report);
        var query = new SearchQuery { Words = ["published"], From = new DateTimeOffset(2024, 3, 23, 0, 0, 0, TimeSpan.Zero) };

        Assert.Equal([report.Id], Ids(await db.Store.Search.FindAsync(collection.Id, query, Ct)));
    }

    [Fact]
    public async Task Pages_continue_before_the_last_row_newest_first()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var actors = Enumerable.Range(0, 5).Select(i => Actor($"Paged group {i}", "2024-01-01T00:00:00.000Z")).ToArray();
        foreach (var actor in actors)
        {
            await db.AddAsync(collection, actor);
        }

        var first = await db.Store.Search.FindAsync(collection.Id, new SearchQuery { Words = ["paged"], Limit = 3 }, Ct);
        var second = await db.Store.Search.FindAsync(collection.Id, new SearchQuery { Words = ["paged"], Limit = 3, Before = first[^1].Row }, Ct);

        Assert.Equal(actors.Reverse().Select(a => a.Id), Ids(first).Concat(Ids(second)));
    }

    [Fact]
    public async Task A_page_runs_from_the_newest_index_rows_into_older_ones_in_order()
    {
        // More index rows than PostgreSQL walks by key before it asks its full-text index (2,000; SearchSql): the page
        // joins the newest matches to the older ones in order, and a word only the oldest object holds is found.
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var objects = Enumerable.Range(0, 2_100)
            .Select(i => Actor(i is 0 or 5 or 2_095 ? $"Spanning {i}" : $"Filler {i}", "2024-01-01T00:00:00.000Z", aliases: i == 0 ? ["Oldestonly"] : null))
            .ToArray();
        await db.AddAsync(collection, objects);

        var page = await db.Store.Search.FindAsync(collection.Id, new SearchQuery { Words = ["spanning"], Limit = 3 }, Ct);
        var oldest = await FindAsync(db, collection, "oldestonly");

        Assert.Equal([objects[2_095].Id, objects[5].Id, objects[0].Id, objects[0].Id], Ids(page).Concat(Ids(oldest)));
    }

    [Fact]
    public async Task A_date_range_that_holds_only_older_rows_finds_them_in_order()
    {
        // Every report holds the word; only the three oldest are dated inside the range, below the 2,000 newest index
        // rows that PostgreSQL walks by key first, so the range is applied to the older rows alone (SearchSql).
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var reports = Enumerable.Range(0, 2_100)
            .Select(i => Report($"Ranged report {i}", i < 3 ? $"2023-05-0{i + 2}T00:00:00.000Z" : "2024-06-01T00:00:00.000Z", Green))
            .ToArray();
        await db.AddAsync(collection, reports);
        var query = new SearchQuery
        {
            Words = ["ranged"],
            From = new DateTimeOffset(2023, 5, 1, 0, 0, 0, TimeSpan.Zero),
            To = new DateTimeOffset(2023, 5, 11, 0, 0, 0, TimeSpan.Zero),
            Limit = 2,
        };

        var first = await db.Store.Search.FindAsync(collection.Id, query, Ct);
        var second = await db.Store.Search.FindAsync(collection.Id, query with { Before = first[^1].Row }, Ct);

        Assert.Equal([reports[2].Id, reports[1].Id, reports[0].Id], Ids(first).Concat(Ids(second)));
    }

    [Theory]
    [InlineData("\"isis")]
    [InlineData("isis*")]
    [InlineData("NEAR(isis k)")]
    [InlineData("-isis")]
    [InlineData("name:isis")]
    [InlineData("isis & | ! ( ) k")]
    [InlineData("'isis' \\ ^ k")]
    public async Task Query_syntax_in_the_words_is_never_read_as_syntax(string typed)
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var actor = Actor("ISIS K near name", "2024-01-01T00:00:00.000Z");
        await db.AddAsync(collection, actor);

        var found = await FindAsync(db, collection, typed);

        Assert.Equal([actor.Id], Ids(found));
    }

    /// <summary>Empties the index and runs the migration's own backfill again (the same statement on each engine).</summary>
    protected abstract string Rebuild { get; }

    protected static Task<IReadOnlyList<SearchHit>> FindAsync(TestStore db, Collection collection, string typed) =>
        db.Store.Search.FindAsync(collection.Id, new SearchQuery { Words = SearchWords.Of(typed) }, Ct);

    protected static List<string> Ids(IReadOnlyList<SearchHit> hits) => [.. hits.Select(h => h.Stored.Object.Id)];

    protected static StixObject Actor(string name, string modified, string? id = null, string[]? aliases = null, string? description = null,
        string marking = Green)
    {
        var json = new JsonObject
        {
            ["type"] = "threat-actor",
            ["spec_version"] = "2.1",
            ["id"] = id ?? Some.StixId("threat-actor"),
            ["created"] = "2024-01-01T00:00:00.000Z",
            ["modified"] = modified,
            ["name"] = name,
            ["object_marking_refs"] = new JsonArray(marking),
        };
        if (aliases is not null)
        {
            json["aliases"] = new JsonArray([.. aliases.Select(a => JsonValue.Create(a))]);
        }

        if (description is not null)
        {
            json["description"] = description;
        }

        // The date filters read created when there is no published or first_seen: give it the version's date.
        json["created"] = modified;
        return StixObject.FromTrusted(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    private static StixObject Report(string name, string created, string marking, string? published = null) =>
        StixObject.FromTrusted(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["type"] = "report",
            ["spec_version"] = "2.1",
            ["id"] = Some.StixId("report"),
            ["created"] = created,
            ["modified"] = created,
            ["published"] = published ?? created,
            ["name"] = name,
            ["object_refs"] = new JsonArray(Some.StixId("threat-actor")),
            ["object_marking_refs"] = new JsonArray(marking),
        }.ToJsonString()));
}
