using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Storage.Reads;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Search;

/// <summary>Search across the picture over HTTP (docs/search.md): analysts and administrators only, words that would
/// be query syntax read as words, clear 400 problems for what cannot be searched, only what the reader is cleared
/// for, pages never short while more readable matches exist, and what is served on the record.</summary>
public sealed class SearchApiTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Password = "search-password";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_is_401_and_staff_without_the_analyst_role_or_a_partner_403()
    {
        var other = Some.Alias("approver");
        await app.AddUserAsync(other, [Role.Approver, Role.WatchOfficer], Password);
        var partner = Some.Alias("partner");
        await app.AddPartnerWithPasswordAsync(partner, Password);
        using var anonymous = app.CreateClient();
        using var staff = app.CreateClient(other, Password);
        using var service = app.CreateClient(partner, Password);

        var statuses = new[]
        {
            (await anonymous.GetAsync(Url("/api/v1/search?q=crocus"), Ct)).StatusCode,
            (await staff.GetAsync(Url("/api/v1/search?q=crocus"), Ct)).StatusCode,
            (await service.GetAsync(Url("/api/v1/search?q=crocus"), Ct)).StatusCode,
            (await staff.GetAsync(Url("/analyst/search?q=crocus"), Ct)).StatusCode,
            (await service.GetAsync(Url("/analyst/search?q=crocus"), Ct)).StatusCode,
        };

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], statuses);
    }

    [Fact]
    public async Task An_analyst_finds_an_actor_by_an_alias_without_its_accent()
    {
        var word = Word();
        var actor = Actor($"{word} Khorasan Province", aliases: ["ISKP", $"État islamique {word}"]);
        await app.AddToPictureAsync(actor);
        using var analyst = await AnalystAsync();

        var body = await OkAsync(analyst, $"/api/v1/search?q=etat+islamique+{word}");

        Assert.Equal([actor.Id], Ids(body));
    }

    [Theory]
    [InlineData("\"{0}")]
    [InlineData("{0}*")]
    [InlineData("NEAR({0} k")]
    [InlineData("-{0}")]
    [InlineData("name:{0}")]
    [InlineData("{0} & | ! ( ) ' \\ ^")]
    public async Task Words_that_would_be_query_syntax_are_searched_as_words_never_a_500(string typed)
    {
        var word = Word();
        var actor = Actor($"{word} K near name");
        await app.AddToPictureAsync(actor);
        using var analyst = await AnalystAsync();

        var body = await OkAsync(analyst, "/api/v1/search?q=" + Uri.EscapeDataString(string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, word)));

        Assert.Equal([actor.Id], Ids(body));
    }

    [Theory]
    [InlineData("", "search-q-invalid")]
    [InlineData("q=", "search-q-invalid")]
    [InlineData("q=%20%20", "search-q-invalid")]
    [InlineData("q=***%20--%20%22", "search-q-invalid")]
    [InlineData("q=crocus&type=Threat_Actor", "search-type-invalid")]
    [InlineData("q=crocus&marking=purple", "search-marking-invalid")]
    [InlineData("q=crocus&from=22/03/2024", "search-from-invalid")]
    [InlineData("q=crocus&from=2024-03-23&to=2024-03-21", "search-to-invalid")]
    [InlineData("q=crocus&limit=0", "search-limit-invalid")]
    [InlineData("q=crocus&next=forged.AAAA", "search-next-invalid")]
    public async Task What_cannot_be_searched_is_a_400_problem_naming_the_parameter(string query, string code)
    {
        using var analyst = await AnalystAsync();

        var response = await analyst.GetAsync(Url("/api/v1/search?" + query), Ct);

        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json", code),
            (response.StatusCode, response.Content.Headers.ContentType?.MediaType, Json(await response.Content.ReadAsStringAsync(Ct)).GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("long")]
    [InlineData("many")]
    public async Task Oversized_words_are_a_400_problem(string kind)
    {
        using var analyst = await AnalystAsync();
        // 201 characters, or 13 words within the length.
        var q = kind == "long" ? new string('a', 201) : string.Join(' ', "abcdefghijklm".Select(c => c.ToString()));

        var response = await analyst.GetAsync(Url("/api/v1/search?q=" + Uri.EscapeDataString(q)), Ct);

        Assert.Equal((HttpStatusCode.BadRequest, "search-q-invalid"),
            (response.StatusCode, Json(await response.Content.ReadAsStringAsync(Ct)).GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_cursor_is_bound_to_its_reader_and_its_search()
    {
        var word = Word();
        await app.AddToPictureAsync(Actor($"{word} one"), Actor($"{word} two"));
        using var analyst = await AnalystAsync();
        using var another = await AnalystAsync();
        var next = Uri.EscapeDataString((await OkAsync(analyst, $"/api/v1/search?q={word}&limit=1")).GetProperty("next").GetString()!);

        var statuses = new[]
        {
            (await analyst.GetAsync(Url($"/api/v1/search?q={word}&limit=1&next={next}"), Ct)).StatusCode,
            (await another.GetAsync(Url($"/api/v1/search?q={word}&limit=1&next={next}"), Ct)).StatusCode,
            (await analyst.GetAsync(Url($"/api/v1/search?q={word}+one&limit=1&next={next}"), Ct)).StatusCode,
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], statuses);
    }

    [Fact]
    public async Task A_withheld_objects_words_never_find_it_and_the_answer_is_that_of_an_unknown_word()
    {
        var (word, restricted, _) = await ClearanceScenarioAsync(readable: 0, withheld: 1);
        using var reader = await AnalystAsync();

        var withheld = await reader.GetStringAsync(Url($"/api/v1/search?q={restricted}"), Ct);
        var unknown = await reader.GetStringAsync(Url($"/api/v1/search?q={Word()}"), Ct);

        Assert.Equal(unknown, withheld);
        Assert.Empty(Ids(Json(withheld)));
        Assert.NotEmpty(word);
    }

    [Fact]
    public async Task Pages_are_full_while_more_readable_matches_exist_though_newer_matches_are_withheld()
    {
        // Five readable matches stored first, then sixty withheld ones: the newest sixty rows the index answers first are
        // all withheld, and the search must keep asking for more.
        var (word, _, readable) = await ClearanceScenarioAsync(readable: 5, withheld: 60);
        using var reader = await AnalystAsync();

        var first = await OkAsync(reader, $"/api/v1/search?q={word}&limit=3");
        var second = await OkAsync(reader, $"/api/v1/search?q={word}&limit=3&next={Uri.EscapeDataString(first.GetProperty("next").GetString()!)}");

        Assert.Equal((3, true, 2, false), (Ids(first).Count, first.GetProperty("more").GetBoolean(), Ids(second).Count, second.GetProperty("more").GetBoolean()));
        Assert.Equal(readable.Order(StringComparer.Ordinal), Ids(first).Concat(Ids(second)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task What_a_cleared_reader_is_served_goes_on_the_record_through_the_api_before_the_answer()
    {
        var (word, _, _) = await ClearanceScenarioAsync(readable: 1, withheld: 2);
        var name = Some.Alias("cleared");
        using var reader = await AnalystAsync(name, "DIFFUSION RESTREINTE");

        var served = Ids(await OkAsync(reader, $"/api/v1/search?q={word}"));

        var store = app.Services.GetRequiredService<ITocsinStore>();
        var rows = (await store.Reads.QueryAsync(new ReadLogQuery { Principal = name, Limit = 1000 }, Ct)).Value.Items;
        Assert.Equal((3, 2, ReadPaths.Api), (served.Count, rows.Count, rows.Select(r => r.Path).Distinct().Single()));
    }

    [Fact]
    public async Task The_page_lists_matches_with_links_and_shows_a_refusal_beside_its_field()
    {
        var word = Word();
        var actor = Actor($"{word} Wilayat Khorasan");
        await app.AddToPictureAsync(actor);
        using var analyst = await AnalystAsync();

        var page = await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.GetAsync(Url($"/analyst/search?q={word}"), Ct));
        var refused = await analyst.GetAsync(Url("/analyst/search?q=&type=Bad_Type"), Ct);
        var refusal = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Contains($"href=\"/analyst/actors/{actor.Id}\"", page, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, true), (refused.StatusCode, refusal.Contains("id=\"q-error\"", StringComparison.Ordinal)));
    }

    // ---- the scenario ----

    /// <summary>A DIFFUSION RESTREINTE marking in the picture, <paramref name="readable"/> plain actors holding a shared
    /// word stored first, then <paramref name="withheld"/> restricted ones holding it and a word of their own.</summary>
    private async Task<(string Word, string Restricted, List<string> Readable)> ClearanceScenarioAsync(int readable, int withheld)
    {
        await app.SetOrganisationAsync(Ours);
        await app.EnsureCollectionAsync("picture");
        var adminName = Some.Alias("admin");
        await app.AddUserAsync(adminName, Role.Admin, Password);
        using var admin = app.CreateClient(adminName, Password);
        var created = await admin.PostAsJsonAsync(Url("/api/v1/markings"), new { classification = "Diffusion Restreinte", collections = new[] { "picture" } }, Ct);
        Assert.True(created.IsSuccessStatusCode, created.StatusCode.ToString());
        var marking = Json(await created.Content.ReadAsStringAsync(Ct)).GetProperty("id").GetString()!;
        var (word, restricted) = (Word(), Word());
        var plain = Enumerable.Range(0, readable).Select(_ => Actor($"{word} plain")).ToList();
        await app.AddToPictureAsync([.. plain]);
        await app.AddToPictureAsync([.. Enumerable.Range(0, withheld).Select(_ => Actor($"{word} {restricted}", marking: marking))]);
        return (word, restricted, [.. plain.Select(p => p.Id)]);
    }

    private async Task<HttpClient> AnalystAsync(string? name = null, string? level = null)
    {
        name ??= Some.Alias("analyst");
        await app.AddUserAsync(name, Role.Analyst, Password);
        if (level is not null)
        {
            var adminName = Some.Alias("admin");
            await app.AddUserAsync(adminName, Role.Admin, Password);
            using var admin = app.CreateClient(adminName, Password);
            await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PutAsJsonAsync(Url($"/api/v1/users/{name}/clearance"), new { level, compartments = Array.Empty<string>() }, Ct));
        }

        return app.CreateClient(name, Password);
    }

    private static async Task<JsonElement> OkAsync(HttpClient client, string path) =>
        Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(Url(path), Ct)));

    private static List<string> Ids(JsonElement body) => [.. body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement.Clone();

    private static Uri Url(string path) => new(path, UriKind.Relative);

    /// <summary>A word no other test uses: letters and digits only, so it is one word to the index.</summary>
    private static string Word() => "w" + Guid.NewGuid().ToString("N")[..12];

    private static StixObject Actor(string name, string[]? aliases = null, string? marking = null)
    {
        var json = new JsonObject
        {
            ["type"] = "threat-actor",
            ["spec_version"] = "2.1",
            ["id"] = Some.StixId("threat-actor"),
            ["created_by_ref"] = Ours,
            ["created"] = "2024-03-22T18:00:00.000Z",
            ["modified"] = "2024-03-22T18:00:00.000Z",
            ["name"] = name,
        };
        if (aliases is not null)
        {
            json["aliases"] = new JsonArray([.. aliases.Select(a => JsonValue.Create(a))]);
        }

        if (marking is not null)
        {
            json["object_marking_refs"] = new JsonArray(marking);
        }

        return StixObject.FromTrusted(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }
}
