using System.Net;
using System.Net.Http.Headers;

namespace Tocsin.Server.Tests.Plan;

public sealed class PlacesEndpointTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task Paris_answers_with_the_level_in_force_in_departement_75()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D75"));
        using var client = app.CreateClient();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/places?q=Paris"), "application/json"));

        var first = body.GetProperty("places")[0];
        Assert.Equal(("FRA-D75", "urgence-attentat"), (first.GetProperty("territory").GetString(), first.GetProperty("status").GetProperty("level").GetString()));
    }

    [Fact]
    public async Task Cayenne_answers_with_the_level_of_Guyane()
    {
        using var client = app.CreateClient();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/places?q=cayenne")));

        var first = body.GetProperty("places")[0];
        Assert.Equal(("FRA-D973", "Guyane", "vigilance"),
            (first.GetProperty("territory").GetString(), first.GetProperty("territoryName").GetString(), first.GetProperty("status").GetProperty("level").GetString()));
    }

    [Fact]
    public async Task Saint_Denis_answers_with_both_homonyms_and_their_departements()
    {
        using var client = app.CreateClient();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/places?q=saint%20denis")));

        var homonyms = body.GetProperty("places").EnumerateArray().Where(p => p.GetProperty("name").GetString() == "Saint-Denis")
            .Select(p => p.GetProperty("territory").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["FRA-D93", "FRA-D974"], homonyms);
    }

    [Fact]
    public async Task Evry_is_found_with_or_without_its_accent()
    {
        using var client = app.CreateClient();

        var accented = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/places?q=%C3%89vry")));
        var plain = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/places?q=evry")));

        Assert.Equal(accented.GetProperty("places").GetRawText(), plain.GetProperty("places").GetRawText());
    }

    [Theory]
    [InlineData("/api/v1/places", "place-query-empty")]
    [InlineData("/api/v1/places?q=%20", "place-query-empty")]
    [InlineData("/api/v1/places?q=Paris&limit=0", "place-limit-out-of-range")]
    [InlineData("/api/v1/places?q=Paris&scheme=nope", "unknown-scheme")]
    public async Task A_query_that_cannot_be_answered_is_a_problem(string path, string code)
    {
        using var client = app.CreateClient();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await client.GetPathAsync(path), "application/problem+json");

        Assert.Equal(code, PlanHttp.Code(problem));
    }

    [Fact]
    public async Task An_oversized_query_is_a_problem()
    {
        using var client = app.CreateClient();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await client.GetPathAsync("/api/v1/places?q=" + new string('a', 101)), "application/problem+json");

        Assert.Equal("place-query-too-long", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task An_unchanged_answer_is_not_sent_again()
    {
        using var client = app.CreateClient();
        var first = await client.GetPathAsync("/api/v1/places?q=Lyon");
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/places?q=Lyon", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(first.Headers.ETag!.ToString()));

        var response = await client.SendAsync(again, PlanHttp.Ct);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Other_schemes_find_their_territories_by_name()
    {
        using var client = app.CreateClient();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/places?q=wales&scheme=uk-threat-level")));

        Assert.Equal("GBR-WLS", body.GetProperty("places")[0].GetProperty("territory").GetString());
    }
}
