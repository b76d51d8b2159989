using System.Net;

namespace Tocsin.Server.Tests.Plan;

public sealed class LevelsEndpointTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task The_status_lists_the_level_in_force_on_a_decided_territory()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D75"));
        using var client = app.CreateClient();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/levels?scheme=vigipirate"), "application/json"));

        var paris = body.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("territory").GetString() == "FRA-D75");
        Assert.Equal(("urgence-attentat", decision.GetProperty("id").GetString(), "#C8102E"),
            (paris.GetProperty("level").GetString(), paris.GetProperty("decisionId").GetString(), paris.GetProperty("colour").GetString()));
    }

    [Fact]
    public async Task The_home_page_shows_the_level_with_its_colour()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D75"));
        using var client = app.CreateClient();

        var html = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/"), "text/html");
        var css = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/styles/levels.css"), "text/css");

        Assert.True(html.Contains("Plan Vigipirate", StringComparison.Ordinal) && html.Contains("level-vigipirate-urgence-attentat", StringComparison.Ordinal)
            && css.Contains(".level-vigipirate-urgence-attentat{background-color:#C8102E", StringComparison.Ordinal), html);
    }

    [Fact]
    public async Task A_past_time_gives_the_level_then()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D75"));
        using var client = app.CreateClient();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/levels?at=2020-01-01T00:00:00Z")));

        Assert.All(body.GetProperty("entries").EnumerateArray(), e => Assert.Equal("vigilance", e.GetProperty("level").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/levels", "")]
    [InlineData("/api/v1/levels?at=2020-01-01T00:00:00Z", "2020-01-01T00:00:00.000Z")]
    [InlineData("/api/v1/levels?at=2020-01-01T01:00:00.1204567%2B01:00", "2020-01-01T00:00:00.120Z")]
    [InlineData("/api/v1/levels/point?lat=48.8566&lon=2.3522", "")]
    [InlineData("/api/v1/levels/point?lat=48.8566&lon=2.3522&at=2020-01-01T00:00:00.5Z", "2020-01-01T00:00:00.500Z")]
    public async Task The_instant_is_written_in_UTC_to_the_millisecond_with_its_zeros(string path, string expected)
    {
        using var client = app.CreateClient();

        var at = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync(path))).GetProperty("at").GetString()!;

        // A fixed width, so that the answer's length does not change with the clock.
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", at);
        Assert.True(expected.Length == 0 || expected == at, at);
    }

    [Fact]
    public async Task A_point_in_Paris_gets_the_level_of_Paris()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D75"));
        using var client = app.CreateClient();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/levels/point?lat=48.8566&lon=2.3522")));

        Assert.Equal(("FRA-D75", "urgence-attentat"), (body.GetProperty("territories")[0].GetString(), body.GetProperty("status").GetProperty("level").GetString()));
    }

    [Fact]
    public async Task A_point_out_of_range_is_refused()
    {
        using var client = app.CreateClient();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await client.GetPathAsync("/api/v1/levels/point?lat=91&lon=2"));

        Assert.Equal("coordinates-out-of-range", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task A_point_far_from_France_is_not_found()
    {
        using var client = app.CreateClient();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.NotFound, await client.GetPathAsync("/api/v1/levels/point?lat=0&lon=-30"));

        Assert.Equal("point-outside-territories", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task Anonymous_callers_see_only_public_measures()
    {
        using var client = app.CreateClient();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/schemes/vigipirate")));

        Assert.All(body.GetProperty("measures").EnumerateArray(), m => Assert.True(m.GetProperty("public").GetBoolean()));
    }

    [Fact]
    public async Task A_principal_with_a_role_sees_restricted_measures_too()
    {
        var (analyst, _) = await app.PlanClientsAsync();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.GetPathAsync("/api/v1/schemes/vigipirate")));

        Assert.Contains(body.GetProperty("measures").EnumerateArray(), m => !m.GetProperty("public").GetBoolean());
    }
}
