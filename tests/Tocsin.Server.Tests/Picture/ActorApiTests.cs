using System.Net;
using System.Text.Json;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Picture;

/// <summary>The threat-actor API: search by any alias ignoring case and accents, the actor's branches, designations
/// and attributed incidents, and the clearance rule (a withheld actor is absent from the list and answered like an
/// unknown id).</summary>
public sealed class ActorApiTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_actor_is_found_by_an_alias_ignoring_case_and_accents()
    {
        var scenario = await PictureScenario.CreateAsync(app);
        var folded = "etat-" + scenario.ActorAlias["État-".Length..].ToUpperInvariant();

        var found = await GetAsync(scenario.Low, "/api/v1/actors?q=" + Uri.EscapeDataString(folded));

        Assert.Equal([scenario.Actor], found.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_withheld_actor_is_absent_from_the_list_for_a_reader_not_cleared()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        var low = await GetAsync(scenario.Low, "/api/v1/actors?q=" + scenario.Tag);
        var high = await GetAsync(scenario.High, "/api/v1/actors?q=" + scenario.Tag);

        Assert.DoesNotContain(scenario.SecretActor, low.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Contains(scenario.SecretActor, high.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_withheld_actor_is_answered_exactly_like_an_unknown_id()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        var withheld = await scenario.Low.GetAsync(new Uri($"/api/v1/actors/{scenario.SecretActor}", UriKind.Relative), Ct);
        var unknown = await scenario.Low.GetAsync(new Uri($"/api/v1/actors/threat-actor--{Guid.NewGuid():D}", UriKind.Relative), Ct);

        Assert.Equal(WithoutTrace(await HttpAssert.StatusAsync(HttpStatusCode.NotFound, unknown, "application/problem+json")),
            WithoutTrace(await HttpAssert.StatusAsync(HttpStatusCode.NotFound, withheld, "application/problem+json")));
    }

    [Fact]
    public async Task The_actor_shows_its_branches_designations_and_the_incidents_attributed_to_it()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        var actor = await GetAsync(scenario.Low, $"/api/v1/actors/{scenario.Actor}");
        var incidents = actor.GetProperty("incidents").EnumerateArray().ToList();

        Assert.Equal([scenario.Branch], actor.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("id").GetString()));
        Assert.Equal("QDe.161", actor.GetProperty("designations")[0].GetProperty("externalId").GetString());
        Assert.Equal([scenario.Attack, scenario.Plot], incidents.Select(i => i.GetProperty("incident").GetProperty("id").GetString()));
        Assert.Equal(["B2", "B2"], incidents.Select(i => i.GetProperty("grade").GetString()));
    }

    [Fact]
    public async Task A_branch_names_its_parent_group()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        var branch = await GetAsync(scenario.Low, $"/api/v1/actors/{scenario.Branch}");

        Assert.Equal([scenario.Actor], branch.GetProperty("parentGroups").EnumerateArray().Select(b => b.GetProperty("id").GetString()));
    }

    // The trace id names the request, not the answer: everything else must be the same, word for word.
    private static string WithoutTrace(string problem)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(problem)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString();
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path) =>
        JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri(path, UriKind.Relative), Ct))).RootElement;
}
