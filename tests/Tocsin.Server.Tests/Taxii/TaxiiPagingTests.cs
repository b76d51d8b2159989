using System.Net;
using System.Text;
using System.Text.Json;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Taxii;

/// <summary>Paging as real clients do it: with <c>next</c>, or with <c>added_after</c> set to the last
/// <c>X-TAXII-Date-Added-Last</c>; every object exactly once, <c>more</c> false exactly at the end.</summary>
public sealed class TaxiiPagingTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const int Count = 10_000;
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (HttpClient Client, Collection Collection)? _tenThousand;

    [Fact]
    public async Task Ten_thousand_objects_posted_at_once_page_with_next_each_exactly_once()
    {
        var (client, collection) = await TenThousandAsync();

        var (ids, pages) = await PageWithNextAsync(client, Objects(collection, "?limit=1000"));

        Assert.Equal((Count, Count, 10), (ids.Count, ids.Distinct().Count(), pages));
    }

    [Fact]
    public async Task Ten_thousand_objects_page_with_added_after_each_exactly_once()
    {
        var (client, collection) = await TenThousandAsync();

        var ids = await PageWithAddedAfterAsync(client, collection, null);

        Assert.Equal((Count, Count), (ids.Count, ids.Distinct().Count()));
    }

    [Fact]
    public async Task The_manifest_pages_with_next_like_the_objects()
    {
        var (client, collection) = await TenThousandAsync();

        var (ids, _) = await PageWithNextAsync(client, Collection(collection, "manifest/?limit=3000"));

        Assert.Equal((Count, Count), (ids.Count, ids.Distinct().Count()));
    }

    [Fact]
    public async Task More_is_false_on_the_page_that_holds_the_last_object()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        await PostAsync(client, collection, Envelope([.. Enumerable.Range(0, 4).Select(_ => StixJson.Indicator().ToJson())]));

        var first = await GetAsync(client, Objects(collection, "?limit=2"));
        var second = await GetAsync(client, Objects(collection, "?limit=2&next=" + Uri.EscapeDataString(first.GetProperty("next").GetString()!)));

        Assert.Equal((true, false, false), (first.GetProperty("more").GetBoolean(), second.GetProperty("more").GetBoolean(), second.TryGetProperty("next", out _)));
    }

    [Fact]
    public async Task Paging_while_others_write_misses_and_repeats_nothing()
    {
        var (client, collection, user) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        await PostAsync(client, collection, Envelope([.. Enumerable.Range(0, 500).Select(_ => StixJson.Indicator().ToJson())]));
        var writers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            using var writer = app.CreateTaxiiClient(user, "secret");
            for (var round = 0; round < 10; round++)
            {
                await PostAsync(writer, collection, Envelope([.. Enumerable.Range(0, 50).Select(_ => StixJson.Indicator().ToJson())]));
            }
        })).ToList();

        var seen = new List<string>();
        string? last = null;
        while (true)
        {
            var writing = writers.Any(w => !w.IsCompleted);
            var (ids, lastStamp) = await PageAsync(client, Objects(collection, "?limit=100" + (last is null ? string.Empty : "&added_after=" + last)));
            seen.AddRange(ids);
            last = lastStamp ?? last;
            if (ids.Count == 0 && !writing)
            {
                break;
            }
        }

        await Task.WhenAll(writers);
        Assert.Equal((500 + (3 * 10 * 50), 500 + (3 * 10 * 50)), (seen.Count, seen.Distinct().Count()));
    }

    [Fact]
    public async Task A_next_cursor_replayed_by_another_principal_is_400()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        await PostAsync(client, collection, Envelope(StixJson.Indicator().ToJson(), StixJson.Indicator().ToJson()));
        var next = (await GetAsync(client, Objects(collection, "?limit=1"))).GetProperty("next").GetString()!;
        var other = Some.Alias("other");
        await app.AddUserAsync(other, Core.Principals.Role.Analyst, "secret");
        await app.GrantAsync(collection, other, CollectionRights.Read);
        using var otherClient = app.CreateTaxiiClient(other, "secret");

        await ErrorAsync(HttpStatusCode.BadRequest, await otherClient.GetAsync(Objects(collection, "?limit=1&next=" + Uri.EscapeDataString(next)), Ct));
    }

    [Fact]
    public async Task A_next_cursor_with_changed_filters_is_400()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        await PostAsync(client, collection, Envelope(StixJson.Indicator().ToJson(), StixJson.Indicator().ToJson()));
        var next = (await GetAsync(client, Objects(collection, "?limit=1"))).GetProperty("next").GetString()!;

        await ErrorAsync(HttpStatusCode.BadRequest, await client.GetAsync(Objects(collection, "?match[type]=identity&next=" + Uri.EscapeDataString(next)), Ct));
    }

    /// <summary>One collection of 10,000 objects posted in one envelope, shared by the tests of this class.</summary>
    private async Task<(HttpClient Client, Collection Collection)> TenThousandAsync()
    {
        await Gate.WaitAsync(Ct);
        try
        {
            if (_tenThousand is null)
            {
                var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
                // Every generated object has the same created/modified: ordering must not depend on them.
                var status = await PostAsync(client, collection, Body(GeneratedBundle.Bytes(Count)));
                Assert.Equal(Count, status.GetProperty("success_count").GetInt32());
                _tenThousand = (client, collection);
            }

            return _tenThousand.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<(List<string> Ids, int Pages)> PageWithNextAsync(HttpClient client, Uri first)
    {
        var ids = new List<string>();
        var pages = 0;
        var url = first;
        while (true)
        {
            var page = await GetAsync(client, url);
            pages++;
            ids.AddRange(page.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()!));
            if (!page.GetProperty("more").GetBoolean())
            {
                return (ids, pages);
            }

            url = new Uri(first.OriginalString + "&next=" + Uri.EscapeDataString(page.GetProperty("next").GetString()!), UriKind.Relative);
        }
    }

    private static async Task<List<string>> PageWithAddedAfterAsync(HttpClient client, Collection collection, string? last)
    {
        var all = new List<string>();
        while (true)
        {
            var (ids, lastStamp) = await PageAsync(client, Objects(collection, "?limit=1000" + (last is null ? string.Empty : "&added_after=" + last)));
            if (ids.Count == 0)
            {
                return all;
            }

            all.AddRange(ids);
            last = lastStamp;
        }
    }

    private static async Task<(List<string> Ids, string? Last)> PageAsync(HttpClient client, Uri url)
    {
        var response = await client.GetAsync(url, Ct);
        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, response, MediaType);
        var last = response.Headers.TryGetValues("X-TAXII-Date-Added-Last", out var values) ? values.Single() : null;
        return (Ids(JsonDocument.Parse(Encoding.UTF8.GetBytes(body)).RootElement), last);
    }
}
