using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Stix;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests;

/// <summary>The storage contract every engine passes: this class adds <c>date_added</c> and paging to the
/// areas of the classes it derives from. An engine's test class derives from it and opens a fresh store.</summary>
public abstract class TocsinStoreContract : ObjectVersionContract
{
    [Fact]
    public async Task Date_added_is_unique_and_increasing_while_the_clock_stands_still()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();

        var first = await db.AddAsync(collection, Indicators(300));
        var second = await db.AddAsync(collection, Indicators(10));

        var stamps = first.Outcomes.Concat(second.Outcomes).Select(o => o.DateAdded!.Value.Microseconds).ToList();
        Assert.Equal(stamps.Order(), stamps);
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
        Assert.Equal(DateAddedStamp.FromInstant(TestStore.Start), first.Outcomes[0].DateAdded);
    }

    [Fact]
    public async Task Date_added_keeps_increasing_when_the_clock_goes_backwards()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var before = await db.AddAsync(collection, Indicators(5));
        var skewed = await db.OpenAnotherAsync(new FakeTimeProvider(TestStore.Start.AddHours(-1)));

        var after = await skewed.AddObjectsAsync(collection.Id, Indicators(5), Ct);

        Assert.True(after.Outcomes.Min(o => o.DateAdded) > before.Outcomes.Max(o => o.DateAdded));
    }

    [Fact]
    public async Task Date_added_follows_the_clock_when_it_moves_on()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        db.Clock.Advance(TimeSpan.FromMilliseconds(1.5));

        var result = await db.AddAsync(collection, StixJson.Indicator().Build());

        Assert.Equal("2024-03-22T18:00:00.001500Z", result.Outcomes[0].DateAdded?.ToTaxiiString());
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(9, 3)]
    [InlineData(1, 5)]
    public async Task Paging_with_the_cursor_returns_every_version_once_and_more_is_false_exactly_at_the_end(int count, int limit)
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var added = await db.AddAsync(collection, Indicators(count));

        var pages = new List<ObjectPage>();
        string? cursor = null;
        do
        {
            pages.Add(await db.QueryAsync(collection, new ObjectQuery { Limit = limit, Cursor = cursor }));
            cursor = pages[^1].Next;
        }
        while (pages[^1].More && pages.Count <= count);

        Assert.Equal(added.Outcomes.Select(o => o.Id), pages.SelectMany(p => p.Items).Select(s => s.Object.Id));
        Assert.Equal(pages.Select((_, i) => i < pages.Count - 1), pages.Select(p => p.More));
        Assert.All(pages, p => Assert.Equal(p.More, p.Next is not null));
    }

    [Fact]
    public async Task Paging_by_added_after_the_last_date_added_returns_every_version_once()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var added = await db.AddAsync(collection, Indicators(11));

        var seen = new List<StoredObject>();
        DateAddedStamp? after = null;
        for (var i = 0; i < 20; i++)
        {
            var page = await db.QueryAsync(collection, new ObjectQuery { Limit = 4, AddedAfter = after });
            seen.AddRange(page.Items);
            if (!page.More)
            {
                break;
            }

            after = page.Items[^1].DateAdded;
        }

        Assert.Equal(added.Outcomes.Select(o => o.Id), seen.Select(s => s.Object.Id));
    }

    [Fact]
    public async Task Added_after_is_strict()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var added = await db.AddAsync(collection, Indicators(3));

        var page = await db.QueryAsync(collection, new ObjectQuery { AddedAfter = added.Outcomes[1].DateAdded });

        Assert.Equal(added.Outcomes[2].Id, Assert.Single(page.Items).Object.Id);
    }

    [Fact]
    public async Task A_cursor_stays_valid_while_others_write()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var early = await db.AddAsync(collection, Indicators(4));
        var page = await db.QueryAsync(collection, new ObjectQuery { Limit = 2 });
        var skewed = await db.OpenAnotherAsync(new FakeTimeProvider(TestStore.Start.AddDays(-1)));
        var late = await skewed.AddObjectsAsync(collection.Id, Indicators(2), Ct);

        var rest = await db.QueryAsync(collection, new ObjectQuery { Limit = 10, Cursor = page.Next });

        Assert.Equal(early.Outcomes.Skip(2).Concat(late.Outcomes).Select(o => o.Id), rest.Items.Select(s => s.Object.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-cursor")]
    [InlineData("AAAAAAAAAAAA")]
    [InlineData("AQAAAAAAAAAAAA")]
    public async Task A_malformed_cursor_is_refused(string cursor)
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();

        var result = await db.Store.QueryObjectsAsync(collection.Id, new ObjectQuery { Cursor = cursor }, Ct);

        Assert.Equal("invalid-cursor", result.Error?.Code);
    }

    [Fact]
    public async Task A_limit_below_one_is_a_bug()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Store.QueryObjectsAsync(collection.Id, new ObjectQuery { Limit = 0 }, Ct));
    }

    [Fact]
    public async Task A_pager_sees_every_version_once_while_four_writers_add_concurrently()
    {
        const int Writers = 4, Batches = 20, BatchSize = 5;
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var writerStores = new List<ITocsinStore>();
        for (var i = 0; i < Writers; i++)
        {
            writerStores.Add(await db.OpenAnotherAsync(TimeProvider.System));
        }

        var pagerStore = await db.OpenAnotherAsync(TimeProvider.System);
        var writers = writerStores.Select(store => Task.Run(async () =>
        {
            var ids = new List<string>();
            for (var b = 0; b < Batches; b++)
            {
                var result = await store.AddObjectsAsync(collection.Id, Indicators(BatchSize), Ct);
                ids.AddRange(result.Outcomes.Select(o => o.Id));
            }

            return ids;
        }, Ct)).ToList();

        var seen = await PageUntilWritersFinishAsync(pagerStore, collection, writers);

        var written = (await Task.WhenAll(writers)).SelectMany(ids => ids).Order(StringComparer.Ordinal);
        Assert.Equal(written, seen.Select(s => s.Object.Id).Order(StringComparer.Ordinal));
        Assert.Equal(seen.Select(s => s.DateAdded).Order(), seen.Select(s => s.DateAdded));
    }

    [Fact]
    public async Task Data_survives_reopening_the_store()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator().Build();
        var added = await db.AddAsync(collection, indicator);

        await db.ReopenAsync();

        var stored = Assert.Single(await db.AllAsync(collection));
        Assert.Equal(indicator.Json.ToArray(), stored.Object.Json.ToArray());
        Assert.Equal(added.Outcomes[0].DateAdded, stored.DateAdded);
        Assert.Equal(collection, await db.Store.FindCollectionAsync(collection.Alias, Ct));
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        await db.AddAsync(collection, StixJson.Indicator().Build());

        await db.Store.MigrateAsync(Ct);
        await db.ReopenAsync();

        Assert.Equal(1, await db.Store.CountObjectsAsync(collection.Id, Ct));
    }

    private static async Task<List<StoredObject>> PageUntilWritersFinishAsync(ITocsinStore store, Collection collection, List<Task<List<string>>> writers)
    {
        var seen = new List<StoredObject>();
        string? cursor = null;
        DateAddedStamp? after = null;
        for (var round = 0; round < 100_000; round++)
        {
            var finished = writers.TrueForAll(w => w.IsCompleted);
            var result = await store.QueryObjectsAsync(collection.Id, new ObjectQuery { Limit = 7, Cursor = cursor, AddedAfter = after, Versions = VersionFilter.All }, Ct);
            var page = result.Value;
            seen.AddRange(page.Items);
            after = page.Items.Count > 0 ? page.Items[^1].DateAdded : after;
            cursor = page.Next;
            if (!page.More && finished)
            {
                break;
            }

            if (!page.More)
            {
                await Task.Delay(1, Ct);
            }
        }

        return seen;
    }

    private static StixObject[] Indicators(int count) => [.. Enumerable.Range(0, count).Select(_ => StixJson.Indicator().Build())];
}
