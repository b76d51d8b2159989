using System.Net;
using System.Net.Http.Headers;
using Tocsin.Core.Plan;
using Tocsin.Core.Principals;
using Tocsin.Server.Tests.Plan;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Web;

/// <summary>The public pages: the level per scheme, a territory with its history, each CAP message readable; the
/// same bytes for everyone, cacheable, in the language of the address; never an exercise.</summary>
public sealed class PublicLevelPagesTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_level_page_shows_the_level_of_Paris_with_its_official_name()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D75"));
        using var client = app.CreateClient();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/en/levels/vigipirate", UriKind.Relative), Ct), "text/html");

        var paris = body[body.IndexOf("/en/levels/vigipirate/FRA-D75\">Paris", StringComparison.Ordinal)..];
        Assert.Contains("level-vigipirate-urgence-attentat", paris[..paris.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\">(Urgence attentat)", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_territory_page_lists_the_public_measures_of_its_level_by_domain_and_no_restricted_one()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D31"));
        using var client = app.CreateClient();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/en/levels/vigipirate/FRA-D31", UriKind.Relative), Ct), "text/html");

        var measures = WebUtility.HtmlDecode(body[body.IndexOf("class=\"public-measures\"", StringComparison.Ordinal)..]);
        var buildings = measures[measures.IndexOf("<h3>Sites and buildings</h3>", StringComparison.Ordinal)..];
        var restricted = PlanCatalogue.Default.MeasuresOf("vigipirate").Measures.Where(m => !m.IsPublic).Select(m => m.Titles["en"]);
        Assert.Equal((true, false), (buildings[..buildings.IndexOf("</ul>", StringComparison.Ordinal)].Contains("Non-essential public buildings closed to the public", StringComparison.Ordinal),
            restricted.Any(title => measures.Contains(title, StringComparison.Ordinal))));
    }

    [Fact]
    public async Task The_public_measures_are_headed_by_the_domain_titles_of_the_page_language()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D32"));
        using var client = app.CreateClient();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/fr/levels/vigipirate/FRA-D32", UriKind.Relative), Ct), "text/html");

        var measures = WebUtility.HtmlDecode(body[body.IndexOf("class=\"public-measures\"", StringComparison.Ordinal)..]);
        Assert.Contains("<h3>Secteur aérien</h3>", measures, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CAP_message_page_draws_its_area_on_a_small_map_in_the_level_it_announces()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D30"));
        var identifier = decision.GetProperty("messages")[0].GetProperty("identifier").GetString()!;
        using var client = app.CreateClient();

        var page = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri($"/en/alerts/{identifier}", UriKind.Relative), Ct), "text/html");

        var map = page[page.IndexOf("class=\"alert-area-map\"", StringComparison.Ordinal)..];
        Assert.Equal((true, true), (Shape(map, "FRA-D30").Contains("level-vigipirate-urgence-attentat", StringComparison.Ordinal),
            Shape(map, "FRA-D75").Contains("territory-map__area--outside", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_root_redirects_by_Accept_Language()
    {
        using var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-CA, en;q=0.5");

        var response = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.Redirect, "/fr/", true), (response.StatusCode, response.Headers.Location?.OriginalString,
            response.Headers.Vary.Contains("Accept-Language")));
    }

    [Fact]
    public async Task Every_configured_scheme_has_its_page()
    {
        using var client = app.CreateClient();
        var schemes = new[] { "vigipirate", "uk-threat-level", "us-ntas", "be-threat-level", "nl-threat-level", "au-threat-level" };

        var statuses = new List<HttpStatusCode>();
        foreach (var scheme in schemes)
        {
            statuses.Add((await client.GetAsync(new Uri($"/fr/levels/{scheme}", UriKind.Relative), Ct)).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task A_public_page_is_identical_for_a_signed_in_reader_and_sets_no_cookie()
    {
        var name = Some.Alias("reader");
        await app.AddUserAsync(name, Role.Approver, "public-page-password");
        using var anonymous = app.CreateBrowserClient();
        using var signedIn = app.CreateBrowserClient();
        await BrowserForms.SignInAsync(signedIn, name, "public-page-password");

        var first = await anonymous.GetAsync(new Uri("/en/levels/vigipirate", UriKind.Relative), Ct);
        var second = await signedIn.GetAsync(new Uri("/en/levels/vigipirate", UriKind.Relative), Ct);

        Assert.Equal((await first.Content.ReadAsStringAsync(Ct), first.Headers.ETag), (await second.Content.ReadAsStringAsync(Ct), second.Headers.ETag));
        Assert.False(second.Headers.Contains("Set-Cookie") || (await second.Content.ReadAsStringAsync(Ct)).Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_public_page_answers_its_ETag_with_304()
    {
        using var client = app.CreateClient();
        var first = await client.GetAsync(new Uri("/fr/levels/vigipirate", UriKind.Relative), Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/fr/levels/vigipirate");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await client.SendAsync(again, Ct);

        Assert.Equal((HttpStatusCode.NotModified, "public, max-age=60"), (response.StatusCode, first.Headers.CacheControl?.ToString()));
    }

    [Fact]
    public async Task The_territory_page_links_each_change_to_its_readable_CAP_message()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D13"));
        var identifier = decision.GetProperty("messages")[0].GetProperty("identifier").GetString()!;
        using var client = app.CreateClient();

        var territory = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/en/levels/vigipirate/FRA-D13", UriKind.Relative), Ct), "text/html");
        var message = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri($"/en/alerts/{identifier}", UriKind.Relative), Ct), "text/html");

        Assert.Contains($"/en/alerts/{identifier}", territory, StringComparison.Ordinal);
        Assert.True(message.Contains($"/feeds/cap/{identifier}.xml", StringComparison.Ordinal) && message.Contains("class=\"cap-message\"", StringComparison.Ordinal), message);
    }

    [Fact]
    public async Task An_exercise_message_has_no_public_page()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D69").With("exercise", true));
        var identifier = decision.GetProperty("messages")[0].GetProperty("identifier").GetString()!;
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync(new Uri($"/en/alerts/{identifier}", UriKind.Relative), Ct);
        var lyon = await client.GetStringAsync(new Uri("/en/levels/vigipirate/FRA-D69", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.NotFound, false), (response.StatusCode, lyon.Contains(identifier, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Times_are_shown_in_the_territory_s_zone()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D973"));
        using var client = app.CreateClient();

        var body = await client.GetStringAsync(new Uri("/fr/levels/vigipirate/FRA-D973", UriKind.Relative), Ct);

        Assert.Contains("(America/Cayenne)", body, StringComparison.Ordinal);
    }

    private static string Shape(string map, string territory)
    {
        var start = map.IndexOf($"href=\"/en/levels/vigipirate/{territory}\"", StringComparison.Ordinal);
        return map[start..map.IndexOf("</a>", start, StringComparison.Ordinal)];
    }
}
