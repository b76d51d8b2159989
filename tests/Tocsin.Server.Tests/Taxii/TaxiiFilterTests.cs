using System.Net;
using System.Text.Json;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Taxii;

/// <summary>TAXII 2.1 §3.4 filters on get objects, the manifest, one object and its versions.</summary>
public sealed class TaxiiFilterTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string V1 = "2024-03-22T18:00:00.000Z";
    private const string V2 = "2024-03-23T09:00:00.000Z";
    private const string V3 = "2024-03-24T10:00:00.000Z";

    [Fact]
    public async Task Without_match_version_only_the_last_version_is_served()
    {
        var (client, collection, id) = await ThreeVersionsAsync();

        var envelope = await GetAsync(client, Objects(collection));

        Assert.Equal(V3, Assert.Single(envelope.GetProperty("objects").EnumerateArray(), o => o.GetProperty("id").GetString() == id).GetProperty("modified").GetString());
    }

    [Theory]
    [InlineData("first", new[] { V1 })]
    [InlineData("last", new[] { V3 })]
    [InlineData("all", new[] { V1, V2, V3 })]
    [InlineData("first,last", new[] { V1, V3 })]
    [InlineData(V2, new[] { V2 })]
    [InlineData("2024-03-23T09:00:00Z", new[] { V2 })]
    [InlineData("first," + V2, new[] { V1, V2 })]
    public async Task Match_version_selects_versions(string match, string[] expected)
    {
        var (client, collection, id) = await ThreeVersionsAsync();

        var envelope = await GetAsync(client, Objects(collection, $"?match[id]={id}&match[version]={match}"));

        Assert.Equal(expected, envelope.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("modified").GetString()).Order());
    }

    [Fact]
    public async Task Match_type_and_match_id_narrow_the_objects()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var a = StixJson.Indicator();
        var b = StixJson.Indicator();
        var c = StixJson.Identity();
        await PostAsync(client, collection, Envelope(a.ToJson(), b.ToJson(), c.ToJson()));

        var byType = Ids(await GetAsync(client, Objects(collection, "?match[type]=identity")));
        var byIds = Ids(await GetAsync(client, Objects(collection, $"?match[id]={a.Id},{c.Id}")));
        var both = Ids(await GetAsync(client, Objects(collection, $"?match[id]={a.Id},{c.Id}&match[type]=indicator")));

        Assert.Equal((c.Id, $"{a.Id} {c.Id}", a.Id), (string.Join(' ', byType), string.Join(' ', byIds), string.Join(' ', both)));
    }

    [Fact]
    public async Task Match_spec_version_selects_by_specification_version()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var v21 = StixJson.Identity();
        await PostAsync(client, collection, Envelope(v21.ToJson()));

        var only20 = Ids(await GetAsync(client, Objects(collection, "?match[spec_version]=2.0")));
        var only21 = Ids(await GetAsync(client, Objects(collection, "?match[spec_version]=2.0,2.1")));

        Assert.Equal(("", v21.Id), (string.Join(' ', only20), string.Join(' ', only21)));
    }

    [Fact]
    public async Task Added_after_serves_only_later_additions()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var first = StixJson.Indicator();
        await PostAsync(client, collection, Envelope(first.ToJson()));
        var firstPage = await client.GetAsync(Objects(collection), Ct);
        var last = firstPage.Headers.GetValues("X-TAXII-Date-Added-Last").Single();
        var second = StixJson.Indicator();
        await PostAsync(client, collection, Envelope(second.ToJson()));

        var after = Ids(await GetAsync(client, Objects(collection, "?added_after=" + last)));

        Assert.Equal([second.Id], after);
    }

    [Fact]
    public async Task Date_added_headers_and_values_have_microsecond_precision()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        await PostAsync(client, collection, Envelope(StixJson.Indicator().ToJson(), StixJson.Indicator().ToJson()));

        var response = await client.GetAsync(Collection(collection, "manifest/"), Ct);
        var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("objects");

        Assert.Equal(
            (manifest[0].GetProperty("date_added").GetString(), manifest[1].GetProperty("date_added").GetString()),
            (response.Headers.GetValues("X-TAXII-Date-Added-First").Single(), response.Headers.GetValues("X-TAXII-Date-Added-Last").Single()));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$", manifest[0].GetProperty("date_added").GetString());
    }

    [Fact]
    public async Task The_manifest_describes_each_version()
    {
        var (client, collection, id) = await ThreeVersionsAsync();

        var manifest = await GetAsync(client, Collection(collection, $"manifest/?match[id]={id}&match[version]=all"));

        var entries = manifest.GetProperty("objects").EnumerateArray().ToList();
        Assert.Equal([(id, V1, "application/stix+json;version=2.1"), (id, V2, "application/stix+json;version=2.1"), (id, V3, "application/stix+json;version=2.1")],
            entries.Select(e => (e.GetProperty("id").GetString(), e.GetProperty("version").GetString(), e.GetProperty("media_type").GetString())));
    }

    [Fact]
    public async Task One_object_is_served_with_its_version_filter()
    {
        var (client, collection, id) = await ThreeVersionsAsync();

        var last = await GetAsync(client, Objects(collection, $"{id}/"));
        var all = await GetAsync(client, Objects(collection, $"{id}/?match[version]=all"));

        Assert.Equal((1, 3), (last.GetProperty("objects").GetArrayLength(), all.GetProperty("objects").GetArrayLength()));
    }

    [Fact]
    public async Task An_unknown_object_is_404()
    {
        var (client, collection, _) = await ThreeVersionsAsync();

        await ErrorAsync(HttpStatusCode.NotFound, await client.GetAsync(Objects(collection, $"{Some.StixId("indicator")}/"), Ct));
    }

    [Fact]
    public async Task Versions_lists_every_version_in_date_added_order()
    {
        var (client, collection, id) = await ThreeVersionsAsync();

        var versions = await GetAsync(client, Objects(collection, $"{id}/versions/"));

        Assert.Equal([V1, V2, V3], versions.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Versions_of_an_unknown_object_is_404()
    {
        var (client, collection, _) = await ThreeVersionsAsync();

        await ErrorAsync(HttpStatusCode.NotFound, await client.GetAsync(Objects(collection, $"{Some.StixId("indicator")}/versions/"), Ct));
    }

    [Fact]
    public async Task Delete_tombstones_every_version_by_default()
    {
        var (client, collection, id) = await ThreeVersionsAsync();

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.DeleteAsync(Objects(collection, $"{id}/"), Ct));

        await ErrorAsync(HttpStatusCode.NotFound, await client.GetAsync(Objects(collection, $"{id}/"), Ct));
    }

    [Fact]
    public async Task Delete_with_match_version_tombstones_only_that_version()
    {
        var (client, collection, id) = await ThreeVersionsAsync();

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.DeleteAsync(Objects(collection, $"{id}/?match[version]=last"), Ct));

        var versions = await GetAsync(client, Objects(collection, $"{id}/versions/"));
        Assert.Equal([V1, V2], versions.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Delete_with_a_spec_version_that_matches_nothing_is_404()
    {
        var (client, collection, id) = await ThreeVersionsAsync();

        await ErrorAsync(HttpStatusCode.NotFound, await client.DeleteAsync(Objects(collection, $"{id}/?match[spec_version]=2.0"), Ct));
    }

    [Fact]
    public async Task Deleting_an_unknown_object_is_404()
    {
        var (client, collection, _) = await ThreeVersionsAsync();

        await ErrorAsync(HttpStatusCode.NotFound, await client.DeleteAsync(Objects(collection, $"{Some.StixId("indicator")}/"), Ct));
    }

    [Theory]
    [InlineData("?added_after=yesterday")]
    [InlineData("?added_after=2024-03-22")]
    [InlineData("?limit=0")]
    [InlineData("?limit=-3")]
    [InlineData("?limit=ten")]
    [InlineData("?match[version]=newest")]
    [InlineData("?next=garbage")]
    [InlineData("?next=")]
    public async Task A_malformed_filter_is_400(string query)
    {
        var (client, collection, _) = await ThreeVersionsAsync();

        await ErrorAsync(HttpStatusCode.BadRequest, await client.GetAsync(Objects(collection, query), Ct));
    }

    [Theory]
    [InlineData("2024-03-22T18:00:00Z")]
    [InlineData("2024-03-22T18:00:00.123456789Z")]
    [InlineData("2024-03-22T19:00:00%2B01:00")]
    public async Task Added_after_takes_any_RFC_3339_form(string timestamp)
    {
        var (client, collection, _) = await ThreeVersionsAsync();

        await GetAsync(client, Objects(collection, "?added_after=" + timestamp));
    }

    [Fact]
    public async Task A_limit_beyond_the_maximum_is_capped_not_refused()
    {
        var (client, collection, _) = await ThreeVersionsAsync();

        await GetAsync(client, Objects(collection, "?limit=99999999999999"));
    }

    private async Task<(HttpClient Client, Collection Collection, string Id)> ThreeVersionsAsync()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var indicator = StixJson.Indicator();
        await PostAsync(client, collection, Envelope(indicator.Modified(V1).ToJson(), indicator.Modified(V2).ToJson(), indicator.Modified(V3).ToJson()));
        return (client, collection, indicator.Id);
    }
}
