using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Classification;

/// <summary>Staff read TAXII through their clearance (docs/classification.md): a version over their level, or in a
/// compartment they do not hold, is absent from objects, manifest, versions, single object, counts, <c>more</c>,
/// <c>next</c> and the date-added headers, exactly like an id the collection does not hold.</summary>
public sealed class StaffClearanceTaxiiTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Version = "2024-03-22T18:00:00.000Z";
    private const string Password = "correct horse";
    private const string FirstHeader = "X-TAXII-Date-Added-First";
    private const string LastHeader = "X-TAXII-Date-Added-Last";

    private static readonly string[] Seeded = ["plain", "dr", "secret", "nord", "toDr", "toSecret", "extension", "drMarking", "secretMarking", "nordMarking"];
    private static readonly string[] Definitions = ["extension", "drMarking", "secretMarking"];

    public static TheoryData<string, string[], string[]> Readers => new()
    {
        { "NON PROTÉGÉ", [], ["plain", .. Definitions] },
        { "DIFFUSION RESTREINTE", [], ["plain", "dr", "toDr", .. Definitions] },
        { "TRÈS SECRET", [], ["plain", "dr", "secret", "toDr", "toSecret", .. Definitions] },
        { "NON PROTÉGÉ", ["OP NORD"], ["plain", "nord", "nordMarking", .. Definitions] },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task A_staff_member_is_served_exactly_what_their_clearance_allows(string level, string[] compartments, string[] allowedNames)
    {
        var scenario = await ScenarioAsync();
        using var reader = await ReaderAsync(scenario, level, compartments);
        var allowed = allowedNames.Select(n => scenario.Ids[n]).Order(StringComparer.Ordinal).ToList();

        var objects = await reader.GetAsync(Objects(scenario.Collection), Ct);
        var envelope = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, objects, MediaType)).RootElement;
        var manifest = (await GetAsync(reader, Collection(scenario.Collection, "manifest/"))).GetProperty("objects").EnumerateArray().ToList();

        Assert.Equal(allowed, Ids(envelope).Order(StringComparer.Ordinal));
        Assert.False(envelope.GetProperty("more").GetBoolean());
        Assert.Equal(allowed, manifest.Select(m => m.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(manifest[0].GetProperty("date_added").GetString(), objects.Headers.GetValues(FirstHeader).Single());
        Assert.Equal(manifest[^1].GetProperty("date_added").GetString(), objects.Headers.GetValues(LastHeader).Single());
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task A_version_over_clearance_looks_exactly_like_an_unknown_id(string level, string[] compartments, string[] allowedNames)
    {
        var scenario = await ScenarioAsync();
        using var reader = await ReaderAsync(scenario, level, compartments);
        var unknown = $"indicator--{Guid.NewGuid():D}";
        var unknownObject = await NotFoundBodyAsync(reader, Objects(scenario.Collection, unknown + "/"));
        var unknownVersions = await NotFoundBodyAsync(reader, Objects(scenario.Collection, unknown + "/versions/"));

        foreach (var name in Seeded)
        {
            var id = scenario.Ids[name];
            if (allowedNames.Contains(name))
            {
                Assert.Equal([id], Ids(await GetAsync(reader, Objects(scenario.Collection, id + "/"))));
                Assert.Single((await GetAsync(reader, Objects(scenario.Collection, id + "/versions/"))).GetProperty("versions").EnumerateArray());
            }
            else
            {
                Assert.Equal(unknownObject, await NotFoundBodyAsync(reader, Objects(scenario.Collection, id + "/")));
                Assert.Equal(unknownVersions, await NotFoundBodyAsync(reader, Objects(scenario.Collection, id + "/versions/")));
                var filtered = await reader.GetAsync(Objects(scenario.Collection, "?match[id]=" + id), Ct);
                Assert.Equal("{\"more\":false}", JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, filtered, MediaType)).RootElement.GetRawText());
                Assert.False(filtered.Headers.Contains(FirstHeader));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Paging_one_at_a_time_yields_only_allowed_ids_and_ends_exactly_at_the_last(string level, string[] compartments, string[] allowedNames)
    {
        var scenario = await ScenarioAsync();
        using var reader = await ReaderAsync(scenario, level, compartments);
        var served = new List<string>();
        var url = Objects(scenario.Collection, "?limit=1");

        for (var page = 0; page < 50; page++)
        {
            var body = await GetAsync(reader, url);
            served.Add(Assert.Single(Ids(body)));
            var more = body.GetProperty("more").GetBoolean();
            Assert.Equal(served.Count < allowedNames.Length, more);
            if (!more)
            {
                Assert.False(body.TryGetProperty("next", out _));
                break;
            }

            url = Objects(scenario.Collection, "?limit=1&next=" + Uri.EscapeDataString(body.GetProperty("next").GetString()!));
        }

        Assert.Equal(allowedNames.Select(n => scenario.Ids[n]).Order(StringComparer.Ordinal), served.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Raising_a_clearance_serves_the_newly_readable_versions_after_the_last_date_added()
    {
        var scenario = await ScenarioAsync();
        var name = Some.Alias("analyst");
        using var reader = await ReaderAsync(scenario, "NON PROTÉGÉ", [], name);
        var before = await reader.GetAsync(Objects(scenario.Collection), Ct);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, before, MediaType);
        var last = before.Headers.GetValues(LastHeader).Single();

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await scenario.Admin.PutAsJsonAsync(
            Url($"/api/v1/users/{name}/clearance"), new { level = "DIFFUSION RESTREINTE", compartments = Array.Empty<string>() }, Ct));
        var after = await GetAsync(reader, Objects(scenario.Collection, "?added_after=" + Uri.EscapeDataString(last)));

        Assert.Equal(new[] { "dr", "toDr" }.Select(n => scenario.Ids[n]).Order(StringComparer.Ordinal), Ids(after).Order(StringComparer.Ordinal));
    }

    // ---- the scenario ----

    private sealed record Scenario(Collection Collection, Dictionary<string, string> Ids, HttpClient Admin);

    [Fact]
    public async Task A_staff_TAXII_read_of_classified_versions_is_on_the_record_and_an_unclassified_one_is_not()
    {
        var scenario = await ScenarioAsync();
        var name = Some.Alias("recorded");
        using var reader = await ReaderAsync(scenario, "TRÈS SECRET", [], name);

        await GetAsync(reader, Objects(scenario.Collection));
        await GetAsync(reader, Collection(scenario.Collection, "manifest/"));

        var store = app.Services.GetRequiredService<ITocsinStore>();
        var rows = (await store.Reads.QueryAsync(new Tocsin.Storage.Reads.ReadLogQuery { Principal = name, Limit = 1000 }, Ct)).Value.Items;
        // DIFFUSION RESTREINTE is the French scale's recorded level: the two classified objects and the two that refer to
        // them (marked with them) are recorded, once each, through TAXII; the unclassified one and the manifest are not.
        Assert.All(rows, r => Assert.Equal("taxii", r.Path));
        Assert.Contains(scenario.Ids["dr"], rows.Select(r => r.ObjectId));
        Assert.Contains(scenario.Ids["secret"], rows.Select(r => r.ObjectId));
        Assert.DoesNotContain(scenario.Ids["plain"], rows.Select(r => r.ObjectId));
        Assert.Equal(rows.Count, rows.Select(r => r.ObjectId).Distinct().Count());
    }

    private async Task<Scenario> ScenarioAsync()
    {
        await app.SetOrganisationAsync(Ours);
        var collection = await app.SeedCollectionAsync();
        var adminName = Some.Alias("admin");
        await app.AddUserAsync(adminName, Role.Admin, Password);
        var admin = app.CreateClient(adminName, Password);
        var ids = new Dictionary<string, string>
        {
            ["drMarking"] = await MarkingAsync(admin, collection, new { classification = "Diffusion Restreinte", collections = new[] { collection.Alias } }),
            ["secretMarking"] = await MarkingAsync(admin, collection, new { classification = "SECRET", collections = new[] { collection.Alias } }),
            ["nordMarking"] = await MarkingAsync(admin, collection, new { compartment = "OP NORD", collections = new[] { collection.Alias } }),
            ["extension"] = "extension-definition--37cb7fc3-cdb9-426d-9c0a-2cda700a11a1",
        };
        foreach (var name in new[] { "plain", "dr", "secret", "nord" })
        {
            ids[name] = $"indicator--{Guid.NewGuid():D}";
        }

        ids["toDr"] = $"relationship--{Guid.NewGuid():D}";
        ids["toSecret"] = $"relationship--{Guid.NewGuid():D}";
        await app.SeedObjectsAsync(collection.Alias,
            Indicator(ids["plain"]),
            Indicator(ids["dr"], ids["drMarking"]),
            Indicator(ids["secret"], ids["secretMarking"]),
            Indicator(ids["nord"], ids["nordMarking"]),
            Relationship(ids["toDr"], ids["plain"], ids["dr"]),
            Relationship(ids["toSecret"], ids["plain"], ids["secret"]));
        return new Scenario(collection, ids, admin);
    }

    private static async Task<string> MarkingAsync(HttpClient admin, Collection collection, object body)
    {
        var response = await admin.PostAsJsonAsync(Url("/api/v1/markings"), body, Ct);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return created.GetProperty("id").GetString()!;
    }

    private async Task<HttpClient> ReaderAsync(Scenario scenario, string level, string[] compartments, string? name = null)
    {
        name ??= Some.Alias("analyst");
        await app.AddUserAsync(name, Role.Analyst, Password);
        await app.GrantAsync(scenario.Collection, name, CollectionRights.Read);
        if (level != "NON PROTÉGÉ" || compartments.Length > 0)
        {
            await HttpAssert.StatusAsync(HttpStatusCode.OK, await scenario.Admin.PutAsJsonAsync(
                Url($"/api/v1/users/{name}/clearance"), new { level, compartments }, Ct));
        }

        return app.CreateTaxiiClient(name, Password);
    }

    private static async Task<string> NotFoundBodyAsync(HttpClient client, Uri url) =>
        (await ErrorAsync(HttpStatusCode.NotFound, await client.GetAsync(url, Ct))).GetRawText();

    private static string Indicator(string id, params string[] markings) => $$"""
        {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"{{Version}}","modified":"{{Version}}",
         "name":"phone","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-03-22T00:00:00Z"{{Marked(markings)}}}
        """;

    private static string Relationship(string id, string source, string target) => $$"""
        {"type":"relationship","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"{{Version}}","modified":"{{Version}}",
         "relationship_type":"related-to","source_ref":"{{source}}","target_ref":"{{target}}"}
        """;

    private static string Marked(string[] markings) =>
        markings.Length == 0 ? string.Empty : ",\"object_marking_refs\":[" + string.Join(',', markings.Select(m => $"\"{m}\"")) + "]";
}
