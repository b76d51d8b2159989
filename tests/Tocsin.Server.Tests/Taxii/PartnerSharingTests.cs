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

namespace Tocsin.Server.Tests.Taxii;

/// <summary>The sharing policy seen through TAXII by partner services (docs/sharing.md): each partner is served
/// its partner view and nothing else, through every endpoint, header and cursor.</summary>
public sealed class PartnerSharingTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Other = "identity--0b7c3f1e-52a4-4c1d-9f67-3f1c2b9e0d11";
    private const string Version = "2024-03-22T18:00:00.000Z";
    private const string Password = "correct horse";
    private const string FirstHeader = "X-TAXII-Date-Added-First";
    private const string LastHeader = "X-TAXII-Date-Added-Last";

    private static readonly string[] Seeded =
        ["clear", "green", "amber", "red", "relEu", "relFra", "otherAmber", "otherGreen", "toAmber", "tearline", "derivedFrom", "redLate", "unmarked"];

    /// <summary>Definitions carry no intelligence: every partner receives them (rule 1).</summary>
    private static readonly string[] Markings = ["relEuMarking", "relFraMarking", "tearlineMarking", "sharingExtension"];

    public static TheoryData<string, string, string[], string[]> Partners => new()
    {
        { "FRA", "green", [], ["clear", "green", "relEu", "relFra", "otherGreen", "tearline", .. Markings] },
        { "DEU", "amber", ["EU"], ["clear", "green", "amber", "relEu", "otherGreen", "toAmber", "tearline", "derivedFrom", .. Markings] },
        { "RUS", "clear", [], ["clear", .. Markings] },
    };

    [Theory]
    [MemberData(nameof(Partners))]
    public async Task A_partner_is_served_exactly_what_the_policy_allows(string country, string ceiling, string[] rel, string[] allowedNames)
    {
        var scenario = await ScenarioAsync();
        using var partner = await PartnerAsync(scenario, country, ceiling, rel);
        var allowed = allowedNames.Select(n => scenario.Ids[n]).Order(StringComparer.Ordinal).ToList();

        var objects = await partner.GetAsync(Objects(scenario.Collection), Ct);
        var envelope = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, objects, MediaType)).RootElement;
        var manifest = (await GetAsync(partner, Collection(scenario.Collection, "manifest/"))).GetProperty("objects").EnumerateArray().ToList();

        Assert.Equal(allowed, Ids(envelope).Order(StringComparer.Ordinal));
        Assert.False(envelope.GetProperty("more").GetBoolean());
        Assert.False(envelope.TryGetProperty("next", out _));
        Assert.Equal(allowed, manifest.Select(m => m.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(manifest[0].GetProperty("date_added").GetString(), objects.Headers.GetValues(FirstHeader).Single());
        Assert.Equal(manifest[^1].GetProperty("date_added").GetString(), objects.Headers.GetValues(LastHeader).Single());
    }

    [Theory]
    [MemberData(nameof(Partners))]
    public async Task A_withheld_object_looks_exactly_like_an_unknown_id(string country, string ceiling, string[] rel, string[] allowedNames)
    {
        var scenario = await ScenarioAsync();
        using var partner = await PartnerAsync(scenario, country, ceiling, rel);
        var unknown = $"indicator--{Guid.NewGuid():D}";
        var unknownObject = await ErrorBodyAsync(partner, Objects(scenario.Collection, unknown + "/"));
        var unknownVersions = await ErrorBodyAsync(partner, Objects(scenario.Collection, unknown + "/versions/"));

        foreach (var name in Seeded.Concat(Markings))
        {
            var id = scenario.Ids[name];
            if (allowedNames.Contains(name))
            {
                Assert.Equal([id], Ids(await GetAsync(partner, Objects(scenario.Collection, id + "/"))));
                var versions = await GetAsync(partner, Objects(scenario.Collection, id + "/versions/"));
                Assert.Single(versions.GetProperty("versions").EnumerateArray());
            }
            else
            {
                Assert.Equal(unknownObject, await ErrorBodyAsync(partner, Objects(scenario.Collection, id + "/")));
                Assert.Equal(unknownVersions, await ErrorBodyAsync(partner, Objects(scenario.Collection, id + "/versions/")));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Partners))]
    public async Task Paging_one_at_a_time_yields_only_allowed_ids_and_ends_exactly_at_the_last(string country, string ceiling, string[] rel, string[] allowedNames)
    {
        var scenario = await ScenarioAsync();
        using var partner = await PartnerAsync(scenario, country, ceiling, rel);
        var manifest = (await GetAsync(partner, Collection(scenario.Collection, "manifest/"))).GetProperty("objects").EnumerateArray()
            .Select(m => (Id: m.GetProperty("id").GetString()!, DateAdded: m.GetProperty("date_added").GetString()!)).ToList();
        var served = new List<(string Id, string DateAdded)>();
        var url = Objects(scenario.Collection, "?limit=1");

        for (var page = 0; page < 100; page++)
        {
            var response = await partner.GetAsync(url, Ct);
            var body = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, response, MediaType)).RootElement;
            var id = Assert.Single(Ids(body));
            var first = response.Headers.GetValues(FirstHeader).Single();
            Assert.Equal(first, response.Headers.GetValues(LastHeader).Single());
            served.Add((id, first));
            var more = body.GetProperty("more").GetBoolean();
            Assert.Equal(served.Count < allowedNames.Length, more);
            if (!more)
            {
                break;
            }

            url = Objects(scenario.Collection, "?limit=1&next=" + Uri.EscapeDataString(body.GetProperty("next").GetString()!));
        }

        Assert.Equal(manifest, served);
    }

    [Fact]
    public async Task Raising_the_ceiling_serves_the_newly_visible_objects_after_the_last_date_added()
    {
        var scenario = await ScenarioAsync();
        var name = Some.Alias("dgsi");
        using var partner = await PartnerAsync(scenario, "FRA", "green", [], name);
        var before = await partner.GetAsync(Objects(scenario.Collection), Ct);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, before, MediaType);
        var last = before.Headers.GetValues(LastHeader).Single();

        await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await scenario.Admin.PatchAsJsonAsync(Url($"/api/v1/partners/{name}"), new { ceiling = "amber" }, Ct));
        var after = await GetAsync(partner, Objects(scenario.Collection, "?added_after=" + Uri.EscapeDataString(last)));

        Assert.Equal(new[] { "amber", "toAmber", "derivedFrom" }.Select(n => scenario.Ids[n]).Order(StringComparer.Ordinal),
            Ids(after).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_share_log_lists_exactly_the_versions_served_and_not_the_manifest()
    {
        var scenario = await ScenarioAsync();
        var name = Some.Alias("bfv");
        using var partner = await PartnerAsync(scenario, "DEU", "amber", ["EU"], name);
        var from = TimeProvider.System.GetUtcNow().AddMinutes(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        var page = Ids(await GetAsync(partner, Objects(scenario.Collection, "?limit=2&match[type]=indicator")));
        await GetAsync(partner, Objects(scenario.Collection, scenario.Ids["amber"] + "/"));
        await GetAsync(partner, Objects(scenario.Collection, scenario.Ids["green"] + "/versions/"));
        await GetAsync(partner, Collection(scenario.Collection, "manifest/"));
        await ErrorBodyAsync(partner, Objects(scenario.Collection, scenario.Ids["red"] + "/"));
        var to = TimeProvider.System.GetUtcNow().AddMinutes(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var received = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await scenario.Admin.GetAsync(
            Url($"/api/v1/partners/{name}/received?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}"), Ct))).RootElement;

        Assert.Equal(page.Append(scenario.Ids["amber"]).Append(scenario.Ids["green"]).Order(StringComparer.Ordinal),
            received.EnumerateArray().Select(r => r.GetProperty("objectId").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_cursor_issued_to_one_partner_is_refused_for_another()
    {
        var scenario = await ScenarioAsync();
        using var first = await PartnerAsync(scenario, "DEU", "amber", []);
        using var second = await PartnerAsync(scenario, "DEU", "amber", []);
        var next = (await GetAsync(first, Objects(scenario.Collection, "?limit=1"))).GetProperty("next").GetString()!;
        var url = Objects(scenario.Collection, "?limit=1&next=" + Uri.EscapeDataString(next));

        await ErrorAsync(HttpStatusCode.BadRequest, await second.GetAsync(url, Ct));
        await GetAsync(first, url);
    }

    [Fact]
    public async Task A_partner_without_a_profile_sees_an_empty_collection()
    {
        var scenario = await ScenarioAsync();
        var name = Some.Alias("noprofile");
        var key = await app.AddPartnerWithoutProfileAsync(name);
        await app.GrantAsync(scenario.Collection, name, CollectionRights.Read);
        using var partner = app.CreateTaxiiClient(key, string.Empty);
        var unknown = await ErrorBodyAsync(partner, Objects(scenario.Collection, $"indicator--{Guid.NewGuid():D}/"));

        var objects = await partner.GetAsync(Objects(scenario.Collection), Ct);
        var body = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, objects, MediaType)).RootElement;

        Assert.Equal("{\"more\":false}", body.GetRawText());
        Assert.False(objects.Headers.Contains(FirstHeader));
        Assert.Equal(unknown, await ErrorBodyAsync(partner, Objects(scenario.Collection, scenario.Ids["clear"] + "/")));
    }

    [Fact]
    public async Task A_partner_posts_only_with_a_write_grant()
    {
        var scenario = await ScenarioAsync();
        var name = Some.Alias("bfv");
        using var partner = await PartnerAsync(scenario, "DEU", "amber", [], name);

        await ErrorAsync(HttpStatusCode.Forbidden, await partner.PostAsync(Objects(scenario.Collection), Envelope(StixJson.Indicator().ToJson()), Ct));
        await app.GrantAsync(scenario.Collection, name, CollectionRights.Read | CollectionRights.Write);
        var status = await PostAsync(partner, scenario.Collection, Envelope(StixJson.Indicator().ToJson()));

        Assert.Equal(1, status.GetProperty("success_count").GetInt32());
    }

    [Fact]
    public async Task Deleting_the_only_version_a_partner_may_receive_withholds_what_refers_to_it()
    {
        var scenario = await ScenarioAsync();
        using var partner = await PartnerAsync(scenario, "FRA", "green", []);
        var target = $"indicator--{Guid.NewGuid():D}";
        var relationship = $"relationship--{Guid.NewGuid():D}";
        await app.SeedObjectsAsync(scenario.Collection.Alias,
            Indicator(target, Ours, TlpMarkings.GreenId),
            Indicator(target, Ours, TlpMarkings.AmberId).Replace($"\"modified\":\"{Version}\"", "\"modified\":\"2024-03-23T18:00:00.000Z\"", StringComparison.Ordinal),
            Relationship(relationship, scenario.Ids["clear"], target, TlpMarkings.GreenId));
        Assert.Contains(relationship, Ids(await GetAsync(partner, Objects(scenario.Collection))));

        await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await scenario.Analyst.DeleteAsync(Objects(scenario.Collection, target + "/?match[version]=" + Version), Ct));
        var after = Ids(await GetAsync(partner, Objects(scenario.Collection)));

        Assert.DoesNotContain(relationship, after);
        Assert.DoesNotContain(target, after);
    }

    // ---- the scenario ----

    private sealed record Scenario(Collection Collection, Dictionary<string, string> Ids, HttpClient Admin, HttpClient Analyst);

    /// <summary>A new collection holding one object per rule, in an order that puts withheld objects last.</summary>
    private async Task<Scenario> ScenarioAsync()
    {
        await app.SetOrganisationAsync(Ours);
        var collection = await app.SeedCollectionAsync();
        var adminName = Some.Alias("admin");
        var analystName = Some.Alias("analyst");
        await app.AddUserAsync(adminName, Role.Admin, Password);
        await app.AddUserAsync(analystName, Role.Analyst, Password);
        await app.GrantAsync(collection, analystName, CollectionRights.Read | CollectionRights.Write);
        var admin = app.CreateClient(adminName, Password);
        var analyst = app.CreateTaxiiClient(analystName, Password);
        using var analystApi = app.CreateClient(analystName, Password);

        var ids = Seeded.Where(n => n is not ("tearline" or "derivedFrom"))
            .ToDictionary(n => n, n => $"{(n == "toAmber" ? "relationship" : "indicator")}--{Guid.NewGuid():D}");
        var relEu = SharingMarkings.RelTo(["EU"], Ours, TimeProvider.System);
        var relFra = SharingMarkings.RelTo(["FRA"], Ours, TimeProvider.System);
        ids["relEuMarking"] = relEu.Id;
        ids["relFraMarking"] = relFra.Id;
        ids["tearlineMarking"] = SharingMarkings.TearlineId;
        ids["sharingExtension"] = SharingMarkings.ExtensionDefinitionId;

        await app.SeedObjectsAsync(collection.Alias,
            Encoding.UTF8.GetString(relEu.Json.Span),
            Encoding.UTF8.GetString(relFra.Json.Span),
            Indicator(ids["clear"], Ours, TlpMarkings.ClearId),
            Indicator(ids["green"], Ours, TlpMarkings.GreenId),
            Indicator(ids["amber"], Ours, TlpMarkings.AmberId),
            Indicator(ids["red"], Ours, TlpMarkings.RedId),
            Indicator(ids["relEu"], Ours, TlpMarkings.GreenId, relEu.Id),
            Indicator(ids["relFra"], Ours, TlpMarkings.GreenId, relFra.Id),
            Indicator(ids["otherAmber"], Other, TlpMarkings.AmberId),
            Indicator(ids["otherGreen"], Other, TlpMarkings.GreenId),
            Relationship(ids["toAmber"], ids["green"], ids["amber"], TlpMarkings.GreenId));
        var tearline = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, await analystApi.PostAsJsonAsync(Url("/api/v1/tearlines"),
            new { objectId = ids["amber"], collection = collection.Alias, release = "green", texts = new { name = "Mobile number linked to the network" } }, Ct))).RootElement;
        ids["tearline"] = tearline.GetProperty("id").GetString()!;
        ids["derivedFrom"] = tearline.GetProperty("derivedFromId").GetString()!;
        await app.SeedObjectsAsync(collection.Alias, Indicator(ids["redLate"], Ours, TlpMarkings.RedId), Indicator(ids["unmarked"], Ours));
        return new Scenario(collection, ids, admin, analyst);
    }

    /// <summary>A new partner with a Read grant on the scenario's collection, as a TAXII client using its API key.</summary>
    private async Task<HttpClient> PartnerAsync(Scenario scenario, string country, string ceiling, string[] rel, string? name = null)
    {
        name ??= Some.Alias("partner");
        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await scenario.Admin.PostAsJsonAsync(Url("/api/v1/partners"), new { name, country, ceiling, rel }, Ct))).RootElement;
        await app.GrantAsync(scenario.Collection, name, CollectionRights.Read);
        return app.CreateTaxiiClient(created.GetProperty("apiKey").GetString()!, string.Empty);
    }

    private static async Task<string> ErrorBodyAsync(HttpClient client, Uri url) =>
        (await ErrorAsync(HttpStatusCode.NotFound, await client.GetAsync(url, Ct))).GetRawText();

    private static string Indicator(string id, string createdBy, params string[] markings) => $$"""
        {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{createdBy}}","created":"{{Version}}","modified":"{{Version}}",
         "name":"phone","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-03-22T00:00:00Z"{{Marked(markings)}}}
        """;

    private static string Relationship(string id, string source, string target, params string[] markings) => $$"""
        {"type":"relationship","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"{{Version}}","modified":"{{Version}}",
         "relationship_type":"related-to","source_ref":"{{source}}","target_ref":"{{target}}"{{Marked(markings)}}}
        """;

    private static string Marked(string[] markings) =>
        markings.Length == 0 ? string.Empty : ",\"object_marking_refs\":[" + string.Join(',', markings.Select(m => $"\"{m}\"")) + "]";
}
