using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Classification;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Storage;
using Tocsin.Storage.Reads;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Sharing;

/// <summary>A partner's contribution marked above a reader's clearance is, to that reader, one that was never
/// contributed: not in the inbox, and promoting it answers 404 like an unknown one; a cleared reader sees it and that
/// look is on the read log (docs/classification.md, docs/read-log.md).</summary>
public sealed class ContributionClearanceTests
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Theirs = "identity--0b7c3f1e-52a4-4c1d-9f67-3f1c2b9e0d11";
    private const string Password = "contribution-clearance";

    [Fact]
    public async Task A_contribution_above_the_readers_clearance_is_neither_listed_nor_promotable()
    {
        await using var app = TocsinApp.WithSettings();
        var store = app.Services.GetRequiredService<ITocsinStore>();
        await app.SetOrganisationAsync(Ours);
        var collection = await app.SeedCollectionAsync();
        var secret = ClassificationMarkings.Create(SharingMarkingKind.Classification, "SECRET", Ours, TimeProvider.System);
        Assert.All((await store.AddObjectsAsync(collection.Id, [ClassificationMarkings.ExtensionDefinition, secret], Ct)).Outcomes,
            o => Assert.True(o.Succeeded, o.ToString()));
        var partner = await PartnerAsync(app, collection);
        var id = $"indicator--{Guid.NewGuid():D}";
        using (var taxii = app.CreateTaxiiClient(partner.Key, string.Empty))
        {
            await PostAsync(taxii, collection, Envelope($$"""
                {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Theirs}}","created":"2024-03-22T10:00:00.000Z",
                 "modified":"2024-03-22T10:00:00.000Z","name":"phone","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix",
                 "valid_from":"2024-03-22T00:00:00Z","object_marking_refs":["{{secret.Id}}"]}
                """));
        }

        using var low = await AnalystAsync(app, collection, null);
        using var cleared = await AnalystAsync(app, collection, "TRÈS SECRET");
        var inbox = new Uri($"/api/v1/partners/{partner.Name}/contributions", UriKind.Relative);
        var promote = new Uri($"/api/v1/partners/{partner.Name}/contributions/{id}/promote", UriKind.Relative);

        Assert.Equal(0, JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await low.Client.GetAsync(inbox, Ct))).RootElement.GetArrayLength());
        using (var refused = await low.Client.PostAsJsonAsync(promote, new { }, Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        Assert.Null(await app.FindObjectAsync(collection.Alias, id));
        var seen = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await cleared.Client.GetAsync(inbox, Ct))).RootElement;
        Assert.Equal([id], seen.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var rows = (await store.Reads.QueryAsync(new ReadLogQuery { Principal = cleared.Name, Limit = 100 }, Ct)).Value.Items;
        Assert.Contains(rows, r => r.ObjectId == id && r.Path == ReadPaths.Api);
        Assert.DoesNotContain((await store.Reads.QueryAsync(new ReadLogQuery { Principal = low.Name, Limit = 100 }, Ct)).Value.Items, r => r.ObjectId == id);
    }

    private static async Task<(string Name, string Key)> PartnerAsync(TocsinApp app, Collection collection)
    {
        var adminName = Some.Alias("admin");
        var partnerName = Some.Alias("partner");
        await app.AddUserAsync(adminName, Role.Admin, Password);
        using var admin = app.CreateClient(adminName, Password);
        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await admin.PostAsJsonAsync(new Uri("/api/v1/partners", UriKind.Relative), new { name = partnerName, country = "DEU", ceiling = "green" }, Ct))).RootElement;
        await app.GrantAsync(collection, partnerName, CollectionRights.Read | CollectionRights.Write);
        return (partnerName, created.GetProperty("apiKey").GetString()!);
    }

    private sealed record Analyst(string Name, HttpClient Client) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }

    private static async Task<Analyst> AnalystAsync(TocsinApp app, Collection collection, string? level)
    {
        var (name, client) = await app.AddClearedUserAsync(Role.Analyst, collection, CollectionRights.Read | CollectionRights.Write, level, Password);
        return new Analyst(name, client);
    }
}
