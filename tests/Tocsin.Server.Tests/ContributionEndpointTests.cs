using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests;

/// <summary><c>/api/v1/partners/{name}/contributions</c>: staff see what a partner posted and an analyst promotes it into
/// our picture; partners never reach it (docs/sharing.md "Partner contributions").</summary>
public sealed class ContributionEndpointTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Theirs = "identity--0b7c3f1e-52a4-4c1d-9f67-3f1c2b9e0d11";
    private const string Password = "correct horse";

    [Fact]
    public async Task An_analyst_sees_a_partners_contribution_exactly_as_posted()
    {
        var scenario = await ScenarioAsync();

        var list = await HttpAssert.StatusAsync(HttpStatusCode.OK, await scenario.AnalystApi.GetAsync(Contributions(scenario.Partner), Ct));
        var item = JsonDocument.Parse(list).RootElement.EnumerateArray().Single();

        Assert.Equal((scenario.ObjectId, scenario.Collection.Alias, false), (item.GetProperty("id").GetString(), item.GetProperty("collection").GetString(),
            item.GetProperty("deleted").GetBoolean()));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(scenario.Posted), JsonNode.Parse(item.GetProperty("object").GetRawText())), item.GetRawText());
    }

    [Fact]
    public async Task A_partner_is_refused_the_contributions_api_even_for_its_own()
    {
        var scenario = await ScenarioAsync();
        using var partnerApi = app.CreateClient(scenario.PartnerKey, string.Empty);

        var list = await partnerApi.GetAsync(Contributions(scenario.Partner), Ct);
        var promote = await partnerApi.PostAsJsonAsync(Promote(scenario), new { }, Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.StatusCode, promote.StatusCode));
        Assert.Null(await app.FindObjectAsync(scenario.Collection.Alias, scenario.ObjectId));
    }

    [Fact]
    public async Task An_analyst_promotes_a_contribution_verbatim_into_our_picture()
    {
        var scenario = await ScenarioAsync();

        var promoted = await HttpAssert.StatusAsync(HttpStatusCode.Created, await scenario.AnalystApi.PostAsJsonAsync(Promote(scenario), new { mode = "verbatim" }, Ct));
        var stored = await app.FindObjectAsync(scenario.Collection.Alias, scenario.ObjectId);

        Assert.Equal([scenario.ObjectId], JsonDocument.Parse(promoted).RootElement.GetProperty("promoted").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Theirs, stored!.CreatedByRef);
    }

    [Fact]
    public async Task An_analyst_promotes_a_contribution_as_our_derived_object()
    {
        var scenario = await ScenarioAsync();

        var promoted = await HttpAssert.StatusAsync(HttpStatusCode.Created, await scenario.AnalystApi.PostAsJsonAsync(Promote(scenario), new { mode = "derived" }, Ct));
        var ids = JsonDocument.Parse(promoted).RootElement.GetProperty("promoted").EnumerateArray().Select(e => e.GetString()!).ToList();
        var derived = await app.FindObjectAsync(scenario.Collection.Alias, ids[0]);
        var relationship = await app.FindObjectAsync(scenario.Collection.Alias, ids[1]);

        Assert.Equal((Ours, "phone"), (derived!.CreatedByRef, derived.Root.GetProperty("name").GetString()));
        Assert.Equal(scenario.ObjectId, relationship!.Root.GetProperty("target_ref").GetString());
        Assert.Null(await app.FindObjectAsync(scenario.Collection.Alias, scenario.ObjectId));
    }

    [Fact]
    public async Task An_analyst_without_a_write_grant_cannot_promote()
    {
        var scenario = await ScenarioAsync();
        var name = Some.Alias("analyst");
        await app.AddUserAsync(name, Role.Analyst, Password);
        using var analyst = app.CreateClient(name, Password);

        var response = await analyst.PostAsJsonAsync(Promote(scenario), new { }, Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Null(await app.FindObjectAsync(scenario.Collection.Alias, scenario.ObjectId));
    }

    [Fact]
    public async Task An_unknown_partner_or_contribution_is_404()
    {
        var scenario = await ScenarioAsync();

        var partner = await scenario.AnalystApi.GetAsync(Contributions(Some.Alias("nobody")), Ct);
        var contribution = await scenario.AnalystApi.PostAsJsonAsync(
            Url($"/api/v1/partners/{scenario.Partner}/contributions/indicator--{Guid.NewGuid():D}/promote"), new { collection = scenario.Collection.Alias }, Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (partner.StatusCode, contribution.StatusCode));
    }

    private sealed record Scenario(Collection Collection, string Partner, string PartnerKey, string ObjectId, string Posted, HttpClient AnalystApi);

    /// <summary>A collection, an analyst with read/write on it, and a partner that posted one indicator there through TAXII.</summary>
    private async Task<Scenario> ScenarioAsync()
    {
        await app.SetOrganisationAsync(Ours);
        var collection = await app.SeedCollectionAsync();
        var adminName = Some.Alias("admin");
        var analystName = Some.Alias("analyst");
        var partnerName = Some.Alias("partner");
        await app.AddUserAsync(adminName, Role.Admin, Password);
        await app.AddUserAsync(analystName, Role.Analyst, Password);
        await app.GrantAsync(collection, analystName, CollectionRights.Read | CollectionRights.Write);
        using var admin = app.CreateClient(adminName, Password);
        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await admin.PostAsJsonAsync(Url("/api/v1/partners"), new { name = partnerName, country = "DEU", ceiling = "green" }, Ct))).RootElement;
        var key = created.GetProperty("apiKey").GetString()!;
        await app.GrantAsync(collection, partnerName, CollectionRights.Read | CollectionRights.Write);
        var id = $"indicator--{Guid.NewGuid():D}";
        var posted = $$"""
            {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Theirs}}","created":"2024-03-22T10:00:00.000Z",
             "modified":"2024-03-22T10:00:00.000Z","name":"phone","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix",
             "valid_from":"2024-03-22T00:00:00Z","object_marking_refs":["{{TlpMarkings.GreenId}}"]}
            """;
        using var partner = app.CreateTaxiiClient(key, string.Empty);
        await PostAsync(partner, collection, Envelope(posted));
        return new Scenario(collection, partnerName, key, id, posted, app.CreateClient(analystName, Password));
    }

    private static Uri Contributions(string partner) => Url($"/api/v1/partners/{partner}/contributions");

    private static Uri Promote(Scenario scenario) => Url($"/api/v1/partners/{scenario.Partner}/contributions/{scenario.ObjectId}/promote");
}
