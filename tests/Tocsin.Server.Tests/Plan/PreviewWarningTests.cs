using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tocsin.Server.Tests.Plan;

/// <summary>The preview's <c>warnings</c>: under Vigipirate's reinforce-only rule, what a decision would not change
/// and what it would end, before anyone approves it.</summary>
public sealed class PreviewWarningTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task A_pending_local_lowering_under_a_reinforcement_is_previewed_as_held_by_it()
    {
        var reinforcement = (await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D21"))).GetProperty("id").GetString();
        var (analyst, _) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("vigilance", "FRA-D21"));

        using var response = await analyst.GetPathAsync($"/api/v1/decisions/{id}/preview");

        var warning = Assert.Single(Warnings(await HttpAssert.StatusAsync(HttpStatusCode.OK, response, "application/json")));
        Assert.Equal(("level-held", "FRA-D21", reinforcement, "urgence-attentat"),
            (warning.GetProperty("code").GetString(), warning.GetProperty("territory").GetString(), warning.GetProperty("decision").GetString(),
             warning.GetProperty("levelAfter").GetString()));
    }

    [Fact]
    public async Task A_previewed_proposal_superseding_a_decision_warns_that_it_ends_it()
    {
        var earlier = (await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D22"))).GetProperty("id").GetString();
        var (analyst, _) = await app.PlanClientsAsync();

        using var response = await analyst.PostAsJsonAsync(new Uri("/api/v1/decisions/preview", UriKind.Relative),
            PlanRequests.Proposal("securite-renforcee-risque-attentat", "FRA-D22").With("supersedes", new[] { earlier }), PlanHttp.Ct);

        var warning = Assert.Single(Warnings(await HttpAssert.StatusAsync(HttpStatusCode.OK, response, "application/json")));
        Assert.Equal(("decision-ended", earlier, true),
            (warning.GetProperty("code").GetString(), warning.GetProperty("decision").GetString(),
             warning.GetProperty("message").GetString()!.Contains("ends when this one starts", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_proposal_that_does_what_it_says_has_no_warning()
    {
        var (analyst, _) = await app.PlanClientsAsync();

        using var response = await analyst.PostAsJsonAsync(new Uri("/api/v1/decisions/preview", UriKind.Relative), PlanRequests.Proposal("urgence-attentat", "FRA-D23"), PlanHttp.Ct);

        Assert.Empty(Warnings(await HttpAssert.StatusAsync(HttpStatusCode.OK, response, "application/json")));
    }

    [Fact]
    public async Task A_previewed_lowering_changes_nothing_on_the_public_level()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D24"));
        var (analyst, _) = await app.PlanClientsAsync();

        using var response = await analyst.PostAsJsonAsync(new Uri("/api/v1/decisions/preview", UriKind.Relative), PlanRequests.Proposal("vigilance", "FRA-D24"), PlanHttp.Ct);

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, response, "application/json"));
        var entry = body.GetProperty("publicLevels").GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("territory").GetString() == "FRA-D24");
        Assert.Equal("urgence-attentat", entry.GetProperty("level").GetString());
    }

    private static List<JsonElement> Warnings(string body) => [.. PlanHttp.Json(body).GetProperty("warnings").EnumerateArray()];
}
