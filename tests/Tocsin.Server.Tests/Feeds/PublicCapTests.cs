using Tocsin.Testing;
using System.Net;
using System.Net.Http.Headers;
using Tocsin.Server.Tests.Plan;

namespace Tocsin.Server.Tests.Feeds;

public sealed class PublicCapTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Theory]
    [InlineData("/feeds/cap.atom")]
    [InlineData("/api/v1/levels")]
    [InlineData("/api/v1/levels/point?lat=48.8566&lon=2.3522")]
    public async Task A_public_document_is_not_modified_when_its_etag_matches(string path)
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D44"));
        using var client = app.CreateClient();
        var first = await client.GetPathAsync(path);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again, PlanHttp.Ct);

        Assert.Equal((HttpStatusCode.NotModified, "public, max-age=60"), (second.StatusCode, second.Headers.CacheControl?.ToString()));
    }

    [Fact]
    public async Task A_message_is_served_byte_for_byte_immutable_with_an_etag()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D35"));
        var path = decision.GetProperty("messages")[0].GetProperty("url").GetString()!;
        using var client = app.CreateClient();
        var first = await client.GetPathAsync(path);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again, PlanHttp.Ct);

        Assert.Equal(
            ("application/cap+xml", true, HttpStatusCode.NotModified),
            (first.Content.Headers.ContentType?.MediaType, first.Headers.CacheControl?.ToString().Contains("immutable", StringComparison.Ordinal), second.StatusCode));
    }

    [Fact]
    public async Task A_new_message_changes_the_feed_etag()
    {
        using var client = app.CreateClient();
        var before = (await client.GetPathAsync("/feeds/cap.atom")).Headers.ETag;

        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D29"));

        Assert.NotEqual(before, (await client.GetPathAsync("/feeds/cap.atom")).Headers.ETag);
    }

    [Fact]
    public async Task An_exercise_never_reaches_the_feed_the_status_or_anonymous_readers()
    {
        var exercise = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D974").With("exercise", true));
        var identifier = exercise.GetProperty("messages")[0].GetProperty("identifier").GetString()!;
        using var client = app.CreateClient();

        var feed = await (await client.GetPathAsync("/feeds/cap.atom")).Content.ReadAsStringAsync(PlanHttp.Ct);
        var levels = await (await client.GetPathAsync("/api/v1/levels")).Content.ReadAsStringAsync(PlanHttp.Ct);
        var message = await client.GetPathAsync($"/feeds/cap/{identifier}.xml");

        Assert.Equal((false, false, HttpStatusCode.NotFound),
            (feed.Contains(identifier, StringComparison.Ordinal), levels.Contains(exercise.GetProperty("id").GetString()!, StringComparison.Ordinal), message.StatusCode));
    }

    [Fact]
    public async Task An_exercise_message_is_marked_and_served_to_a_principal_with_a_role()
    {
        var exercise = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D971").With("exercise", true));
        var (analyst, _) = await app.PlanClientsAsync();

        var xml = await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.GetPathAsync(exercise.GetProperty("messages")[0].GetProperty("url").GetString()!));

        Assert.Equal((true, true), (xml.Contains("<status>Exercise</status>", StringComparison.Ordinal), xml.Contains("[EXERCICE]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unknown_message_is_a_404_problem()
    {
        using var client = app.CreateClient();

        var response = await client.GetPathAsync("/feeds/cap/tocsin-nothing-1.xml");

        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, response, "application/problem+json");
    }

    [Fact]
    public async Task Every_message_on_the_feed_validates_against_the_cap_xsd()
    {
        var first = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA", "FRA-D973"));
        await app.DecideLevelAsync(PlanRequests.Proposal("securite-renforcee-risque-attentat", "FRA").With("supersedes", new[] { first.GetProperty("id").GetString() }));
        using var client = app.CreateClient();
        var feed = await (await client.GetPathAsync("/feeds/cap.atom")).Content.ReadAsStringAsync(PlanHttp.Ct);
        var links = System.Text.RegularExpressions.Regex.Matches(feed, "href=\"(/feeds/cap/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        var problems = new List<string>();
        foreach (var link in links)
        {
            problems.AddRange(CapSchema.Validate(await (await client.GetPathAsync(link)).Content.ReadAsByteArrayAsync(PlanHttp.Ct)).Select(p => link + ": " + p));
        }

        Assert.True(links.Count >= 2 && problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task The_openapi_document_is_served()
    {
        using var client = app.CreateClient();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/openapi/v1.json"), "application/json");

        Assert.Contains("/api/v1/decisions", body, StringComparison.Ordinal);
    }
}
