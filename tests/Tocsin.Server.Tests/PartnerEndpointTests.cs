using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests;

public sealed class PartnerEndpointTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private static readonly Uri Partners = new("/api/v1/partners", UriKind.Relative);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ClientAsync(Role role)
    {
        var name = Some.Alias(role.ToString().ToLowerInvariant());
        await app.AddUserAsync(name, role, "correct horse");
        return app.CreateClient(name, "correct horse");
    }

    [Fact]
    public async Task An_admin_adds_a_partner_and_receives_its_key_once()
    {
        using var admin = await ClientAsync(Role.Admin);
        var name = Some.Alias("bfv");

        var body = await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await admin.PostAsJsonAsync(Partners, new { name, country = "deu", ceiling = "amber", rel = new[] { "NATO" } }, Ct));
        var shown = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(new Uri($"/api/v1/partners/{name}", UriKind.Relative), Ct));

        Assert.StartsWith("tk_", JsonDocument.Parse(body).RootElement.GetProperty("apiKey").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tk_", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Analyst)]
    [InlineData(Role.WatchOfficer)]
    [InlineData(Role.Approver)]
    public async Task Only_admins_manage_partners(Role role)
    {
        using var client = await ClientAsync(role);

        var response = await client.PostAsJsonAsync(Partners, new { name = Some.Alias("p"), country = "DEU", ceiling = "amber" }, Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response);
    }

    [Fact]
    public async Task Anonymous_requests_are_refused()
    {
        using var client = app.CreateClient();

        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, await client.GetAsync(Partners, Ct));
    }

    [Theory]
    [InlineData("{\"name\":\"p1\",\"country\":\"Germany\",\"ceiling\":\"amber\"}", "partner-country-invalid")]
    [InlineData("{\"name\":\"p2\",\"country\":\"DEU\",\"ceiling\":\"orange\"}", "unknown-tlp")]
    [InlineData("{\"name\":\"p3\",\"country\":\"DEU\",\"ceiling\":\"amber\",\"rel\":[\"FIVE-EYES\"]}", "partner-releasability-invalid")]
    [InlineData("{\"name\":\"bad name\",\"country\":\"DEU\",\"ceiling\":\"amber\"}", "principal-name-invalid")]
    public async Task Bad_partners_are_problems_and_create_nothing(string json, string code)
    {
        using var admin = await ClientAsync(Role.Admin);

        var body = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity,
            await admin.PostAsync(Partners, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct), "application/problem+json");
        var list = await admin.GetStringAsync(Partners, Ct);

        Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain(JsonDocument.Parse(json).RootElement.GetProperty("name").GetString()!, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_changes_the_ceiling_and_keys_are_issued_and_revoked()
    {
        using var admin = await ClientAsync(Role.Admin);
        var name = Some.Alias("dgsi");
        await admin.PostAsJsonAsync(Partners, new { name, country = "FRA", ceiling = "green" }, Ct);

        var patched = await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await admin.PatchAsJsonAsync(new Uri($"/api/v1/partners/{name}", UriKind.Relative), new { ceiling = "amber" }, Ct));
        var issued = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await admin.PostAsync(new Uri($"/api/v1/partners/{name}/keys", UriKind.Relative), null, Ct))).RootElement.GetProperty("keyId").GetString();
        var revoked = await admin.DeleteAsync(new Uri($"/api/v1/partners/{name}/keys/{issued}", UriKind.Relative), Ct);
        var again = await admin.DeleteAsync(new Uri($"/api/v1/partners/{name}/keys/000000000000", UriKind.Relative), Ct);

        Assert.Equal("amber", JsonDocument.Parse(patched).RootElement.GetProperty("ceiling").GetString());
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (revoked.StatusCode, again.StatusCode));
    }

    [Fact]
    public async Task The_received_report_needs_both_times_and_is_open_to_watch_officers()
    {
        using var admin = await ClientAsync(Role.Admin);
        using var watch = await ClientAsync(Role.WatchOfficer);
        var name = Some.Alias("bfv");
        await admin.PostAsJsonAsync(Partners, new { name, country = "DEU", ceiling = "green" }, Ct);

        var ok = await watch.GetAsync(new Uri($"/api/v1/partners/{name}/received?from=2024-03-22T00:00:00Z&to=2024-03-23T00:00:00Z", UriKind.Relative), Ct);
        var missing = await watch.GetAsync(new Uri($"/api/v1/partners/{name}/received?from=2024-03-22T00:00:00Z", UriKind.Relative), Ct);
        var unknown = await watch.GetAsync(new Uri("/api/v1/partners/nobody/received?from=2024-03-22T00:00:00Z&to=2024-03-23T00:00:00Z", UriKind.Relative), Ct);

        Assert.Equal("[]", await HttpAssert.StatusAsync(HttpStatusCode.OK, ok));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.NotFound), (missing.StatusCode, unknown.StatusCode));
    }

    [Fact]
    public async Task An_analyst_releases_a_tearline()
    {
        await app.SetOrganisationAsync(Ours);
        var id = $"indicator--{Guid.NewGuid():D}";
        var alias = Some.Alias("picture");
        await app.SeedObjectsAsync(alias, $$"""
            {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"2024-03-22T10:00:00.000Z",
             "modified":"2024-03-22T10:00:00.000Z","name":"phone","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix",
             "valid_from":"2024-03-22T00:00:00Z","object_marking_refs":["marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"]}
            """);
        var analystName = Some.Alias("analyst");
        await app.AddUserAsync(analystName, Role.Analyst, "correct horse");
        await app.GrantAsync(await app.EnsureCollectionAsync(alias), analystName, CollectionRights.Read | CollectionRights.Write);
        using var analyst = app.CreateClient(analystName, "correct horse");
        using var admin = await ClientAsync(Role.Admin);

        var created = await analyst.PostAsJsonAsync(new Uri("/api/v1/tearlines", UriKind.Relative), new { objectId = id, collection = alias, release = "green", texts = new { name = "mobile" } }, Ct);
        var byAdmin = await admin.PostAsJsonAsync(new Uri("/api/v1/tearlines", UriKind.Relative), new { objectId = id, collection = alias, release = "green" }, Ct);
        var badLevel = await analyst.PostAsJsonAsync(new Uri("/api/v1/tearlines", UriKind.Relative), new { objectId = id, collection = alias, release = "pink" }, Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.Created, created);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.UnprocessableEntity), (byAdmin.StatusCode, badLevel.StatusCode));
    }
}
