using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Sharing;

/// <summary>"See as partner" (docs/partner-administration.md): the preview is what the partner's own TAXII GET returns,
/// version for version, and each withheld version carries the policy's reason.</summary>
public sealed class PartnerPreviewTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Other = "identity--0b7c3f1e-52a4-4c1d-9f67-3f1c2b9e0d11";
    private const string Password = "correct horse";

    public static TheoryData<string, string, string[]> Partners => new()
    {
        { "FRA", "green", [] },
        { "DEU", "amber", ["EU"] },
        { "RUS", "clear", [] },
    };

    [Theory]
    [MemberData(nameof(Partners))]
    public async Task The_preview_equals_what_the_partner_receives_over_taxii(string country, string ceiling, string[] rel)
    {
        var scenario = await ScenarioAsync();
        var (name, taxii) = await PartnerAsync(scenario, country, ceiling, rel);
        using var partner = taxii;

        var preview = await PreviewAsync(scenario.Admin, name, scenario.Collection.Alias);
        var served = await GetAsync(partner, Objects(scenario.Collection, "?match[version]=all"));

        Assert.Equal(
            served.GetProperty("objects").EnumerateArray().Select(o => $"{o.GetProperty("id")} {Version(o)}").Order(StringComparer.Ordinal),
            preview.GetProperty("received").EnumerateArray().Select(o => $"{o.GetProperty("id")} {o.GetProperty("version")}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_withheld_version_carries_the_reason_of_the_first_rule_that_withholds_it()
    {
        var scenario = await ScenarioAsync();
        var (green, greenTaxii) = await PartnerAsync(scenario, "FRA", "green", []);
        var (amber, amberTaxii) = await PartnerAsync(scenario, "DEU", "amber", ["EU"]);
        greenTaxii.Dispose();
        amberTaxii.Dispose();

        var forGreen = Reasons(await PreviewAsync(scenario.Admin, green, scenario.Collection.Alias));
        var forAmber = Reasons(await PreviewAsync(scenario.Admin, amber, scenario.Collection.Alias));

        Assert.Equal(("above-ceiling", "above-ceiling", "not-releasable", "references-withheld", "above-ceiling", "other-originator-amber"),
            (forGreen[scenario.Ids["amber"]], forGreen[scenario.Ids["otherAmber"]], forGreen[scenario.Ids["relDeu"]], forGreen[scenario.Ids["toAmber"]],
                forGreen[scenario.Ids["unmarked"]], forAmber[scenario.Ids["otherAmber"]]));
    }

    [Fact]
    public async Task A_partner_without_a_read_grant_receives_nothing_and_the_preview_says_why()
    {
        var scenario = await ScenarioAsync();
        var name = Some.Alias("partner");
        await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await scenario.Admin.PostAsJsonAsync(Url("/api/v1/partners"), new { name, country = "FRA", ceiling = "green" }, Ct));

        var preview = await PreviewAsync(scenario.Admin, name, scenario.Collection.Alias);

        Assert.Equal((false, 0, "no-read-access"), (preview.GetProperty("canRead").GetBoolean(), preview.GetProperty("received").GetArrayLength(),
            Reasons(preview)[scenario.Ids["green"]]));
    }

    [Theory]
    [InlineData("/api/v1/partners/nobody/preview")]
    [InlineData("/api/v1/partners/{partner}/preview?collection=no-such-collection")]
    public async Task An_unknown_partner_or_collection_is_a_404_problem(string path)
    {
        var scenario = await ScenarioAsync();
        var (name, taxii) = await PartnerAsync(scenario, "FRA", "green", []);
        taxii.Dispose();

        var response = await scenario.Admin.GetAsync(Url(path.Replace("{partner}", name, StringComparison.Ordinal)), Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, response, "application/problem+json");
    }

    [Theory]
    [InlineData(Role.Analyst)]
    [InlineData(Role.WatchOfficer)]
    [InlineData(Role.Approver)]
    public async Task Only_admins_see_as_a_partner(Role role)
    {
        var scenario = await ScenarioAsync();
        var (name, taxii) = await PartnerAsync(scenario, "FRA", "green", []);
        taxii.Dispose();
        var userName = Some.Alias("user");
        await app.AddUserAsync(userName, role, Password);
        using var client = app.CreateClient(userName, Password);

        var response = await client.GetAsync(Url($"/api/v1/partners/{name}/preview?collection={scenario.Collection.Alias}"), Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response);
    }

    private static async Task<JsonElement> PreviewAsync(HttpClient admin, string partner, string collection) =>
        JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await admin.GetAsync(Url($"/api/v1/partners/{partner}/preview?collection={collection}"), Ct), "application/json")).RootElement;

    // The reason of each withheld id (all versions of one id share it here).
    private static Dictionary<string, string?> Reasons(JsonElement preview) =>
        preview.GetProperty("withheld").EnumerateArray().GroupBy(o => o.GetProperty("id").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(o => o.GetProperty("reason").GetString()).Distinct().Single());

    private static string? Version(JsonElement stix) =>
        stix.TryGetProperty("modified", out var modified) ? modified.GetString() : stix.TryGetProperty("created", out var created) ? created.GetString() : null;

    private async Task<Scenario> ScenarioAsync()
    {
        await app.SetOrganisationAsync(Ours);
        var collection = await app.SeedCollectionAsync();
        var adminName = Some.Alias("admin");
        await app.AddUserAsync(adminName, Role.Admin, Password);
        var names = new[] { "clear", "green", "greenLater", "amber", "otherAmber", "otherGreen", "relDeu", "toAmber", "unmarked" };
        var ids = names.ToDictionary(n => n, n => $"{(n == "toAmber" ? "relationship" : "indicator")}--{Guid.NewGuid():D}");
        ids["greenLater"] = ids["green"];
        var relDeu = SharingMarkings.RelTo(["DEU"], Ours, TimeProvider.System);
        await app.SeedObjectsAsync(collection.Alias,
            Encoding.UTF8.GetString(relDeu.Json.Span),
            Indicator(ids["clear"], Ours, "2024-03-22T18:00:00.000Z", TlpMarkings.ClearId),
            Indicator(ids["green"], Ours, "2024-03-22T18:00:00.000Z", TlpMarkings.GreenId),
            Indicator(ids["green"], Ours, "2024-03-23T09:30:00.000Z", TlpMarkings.GreenId),
            Indicator(ids["amber"], Ours, "2024-03-22T18:00:00.000Z", TlpMarkings.AmberId),
            Indicator(ids["otherAmber"], Other, "2024-03-22T18:00:00.000Z", TlpMarkings.AmberId),
            Indicator(ids["otherGreen"], Other, "2024-03-22T18:00:00.000Z", TlpMarkings.GreenId),
            Indicator(ids["relDeu"], Ours, "2024-03-22T18:00:00.000Z", TlpMarkings.GreenId, relDeu.Id),
            Relationship(ids["toAmber"], ids["green"], ids["amber"]),
            Indicator(ids["unmarked"], Ours, "2024-03-22T18:00:00.000Z"));
        return new Scenario(collection, ids, app.CreateClient(adminName, Password));
    }

    /// <summary>A new partner (through the API) with a Read grant on the scenario's collection, and a TAXII client using its key.</summary>
    private async Task<(string Name, HttpClient Taxii)> PartnerAsync(Scenario scenario, string country, string ceiling, string[] rel)
    {
        var name = Some.Alias("partner");
        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await scenario.Admin.PostAsJsonAsync(Url("/api/v1/partners"), new { name, country, ceiling, rel }, Ct))).RootElement;
        await app.GrantAsync(scenario.Collection, name, CollectionRights.Read);
        return (name, app.CreateTaxiiClient(created.GetProperty("apiKey").GetString()!, string.Empty));
    }

    private static string Indicator(string id, string createdBy, string version, params string[] markings) => $$"""
        {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{createdBy}}","created":"2024-03-22T18:00:00.000Z","modified":"{{version}}",
         "name":"phone","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-03-22T00:00:00Z"{{Marked(markings)}}}
        """;

    private static string Relationship(string id, string source, string target) => $$"""
        {"type":"relationship","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"2024-03-22T18:00:00.000Z","modified":"2024-03-22T18:00:00.000Z",
         "relationship_type":"related-to","source_ref":"{{source}}","target_ref":"{{target}}","object_marking_refs":["{{TlpMarkings.GreenId}}"]}
        """;

    private static string Marked(string[] markings) =>
        markings.Length == 0 ? string.Empty : ",\"object_marking_refs\":[" + string.Join(',', markings.Select(m => $"\"{m}\"")) + "]";

    private sealed record Scenario(Collection Collection, Dictionary<string, string> Ids, HttpClient Admin);
}
