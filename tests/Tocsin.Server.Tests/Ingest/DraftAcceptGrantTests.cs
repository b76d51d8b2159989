using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Ingest;

/// <summary>accepting a draft item writes into a collection only with a write grant on it, like a
/// TAXII write: no grant answers 404 exactly as an unknown collection, a read grant 403; nothing is written.</summary>
public sealed class DraftAcceptGrantTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Analyst, JsonElement Draft, Collection Target)> DraftAsync(CollectionRights rights)
    {
        var name = Some.Alias("analyst");
        await app.AddUserAsync(name, Role.Analyst, "pw");
        var target = await app.SeedCollectionAsync();
        if (rights != CollectionRights.None)
        {
            await app.GrantAsync(target, name, rights);
        }

        var analyst = app.CreateClient(name, "pw");
        var response = await analyst.PostAsync(new Uri("/api/v1/drafts", UriKind.Relative), Reports.CrocusJson(), Ct);
        return (analyst, JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, response)).RootElement, target);
    }

    private static Task<HttpResponseMessage> AcceptAsync(HttpClient analyst, JsonElement draft, string collection) =>
        analyst.PostAsJsonAsync(new Uri($"/api/v1/drafts/{draft.GetProperty("id").GetString()}/items/{Reports.ItemId(draft, "location")}/accept", UriKind.Relative),
            new { collection }, Ct);

    [Fact]
    public async Task Without_any_grant_the_collection_is_not_found_and_nothing_is_written()
    {
        var (analyst, draft, target) = await DraftAsync(CollectionRights.None);

        var ungranted = await AcceptAsync(analyst, draft, target.Alias);
        var unknown = await AcceptAsync(analyst, draft, Some.Alias("nowhere"));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, 0L), (ungranted.StatusCode, unknown.StatusCode, await app.CountObjectsAsync(target.Alias)));
    }

    [Fact]
    public async Task With_a_read_grant_only_accepting_is_forbidden()
    {
        var (analyst, draft, target) = await DraftAsync(CollectionRights.Read);

        var response = await AcceptAsync(analyst, draft, target.Alias);

        Assert.Equal((HttpStatusCode.Forbidden, 0L), (response.StatusCode, await app.CountObjectsAsync(target.Alias)));
    }

    [Fact]
    public async Task With_a_write_grant_the_item_is_accepted()
    {
        var (analyst, draft, target) = await DraftAsync(CollectionRights.Read | CollectionRights.Write);

        var response = await AcceptAsync(analyst, draft, target.Alias);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
    }
}
