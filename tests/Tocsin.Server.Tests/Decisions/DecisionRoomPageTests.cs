using System.Net;
using Tocsin.Core.Principals;
using Tocsin.Server.Tests.Plan;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Decisions;

public sealed class DecisionRoomPageTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task A_pending_proposal_is_listed_as_awaiting_approval()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D44"));

        var page = await RoomForms.PageAsync(approver, "/decisions");

        var awaiting = page[page.IndexOf("id=\"awaiting\"", StringComparison.Ordinal)..page.IndexOf("id=\"in-force\"", StringComparison.Ordinal)];
        Assert.Contains($"/decisions/{id}", awaiting, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposer_is_told_they_cannot_approve_and_is_not_offered_the_button()
    {
        var proposer = Some.Alias("approver");
        await app.AddUserAsync(proposer, Role.Approver, TocsinApp.PlanPassword);
        using var client = app.CreateClient(proposer, TocsinApp.PlanPassword);
        var id = await client.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D35"));

        var page = await RoomForms.PageAsync(client, $"/decisions/{id}");

        Assert.Equal((true, false), (page.Contains("class=\"own-proposal\"", StringComparison.Ordinal), page.Contains("id=\"action-approve\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_second_person_approves_in_the_room_and_the_public_level_changes()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D64"));

        await RoomForms.SubmitAsync(approver, $"/decisions/{id}", "decision-action", ("Form.Action", "approve"));

        Assert.Equal("urgence-attentat", await PublicLevelAsync("FRA-D64"));
    }

    [Fact]
    public async Task Approving_an_exercise_needs_the_confirmation_naming_it_and_never_changes_the_public_level()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D29").With("exercise", true));

        var refused = await RoomForms.SubmitAsync(approver, $"/decisions/{id}", "decision-action", ("Form.Action", "approve"));
        var confirmed = await RoomForms.SubmitAsync(approver, $"/decisions/{id}", "decision-action", ("Form.Action", "approve"), ("Form.ConfirmExercise", "true"));

        Assert.Equal((true, true, true, "vigilance"),
            (refused.Contains("class=\"exercise-banner\"", StringComparison.Ordinal), refused.Contains("class=\"form-error\"", StringComparison.Ordinal),
             confirmed.Contains("id=\"decision-status\">approved", StringComparison.Ordinal), await PublicLevelAsync("FRA-D29")));
    }

    [Fact]
    public async Task The_propose_form_previews_the_cap_message_before_submitting()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var before = await app.PlanCountsAsync();

        var page = await RoomForms.SubmitAsync(analyst, "/decisions/new", "propose", ProposalFields("FRA-D33", "preview"));

        Assert.Equal((true, before), (page.Contains("id=\"preview\"", StringComparison.Ordinal) && page.Contains("urn:oasis:names:tc:emergency:cap:1.2", StringComparison.Ordinal), await app.PlanCountsAsync()));
    }

    [Fact]
    public async Task A_refused_proposal_shows_the_error_beside_its_field()
    {
        var (analyst, _) = await app.PlanClientsAsync();

        var page = await RoomForms.SubmitAsync(analyst, "/decisions/new", "propose", ProposalFields("FRA-NOWHERE", "submit"));

        Assert.Contains("id=\"Territories-error\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitting_the_form_proposes_and_opens_the_decision()
    {
        var (analyst, _) = await app.PlanClientsAsync();

        using var response = await RoomForms.PostAsync(analyst, "/decisions/new", "propose", ProposalFields("FRA-D59", "submit"));

        var decisions = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.GetPathAsync("/api/v1/decisions")));
        var proposed = decisions.EnumerateArray().Single(d => d.GetProperty("territories")[0].GetString() == "FRA-D59");
        Assert.Equal("proposed", proposed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_room_is_for_staff_only()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/decisions", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.False(response.StatusCode == HttpStatusCode.OK && response.RequestMessage!.RequestUri!.AbsolutePath == "/decisions");
    }

    private static (string, string)[] ProposalFields(string territory, string action) =>
    [
        ("Form.Scheme", "vigipirate"), ("Form.Level", "urgence-attentat"), ("Form.Territories", territory),
        ("Form.EffectiveAt", "2025-01-01T00:00"), ("Form.Authority", "Premier ministre"), ("Form.Rationale", "Menace très élevée."),
        ("Form.Action", action),
    ];

    private async Task<string> PublicLevelAsync(string territory)
    {
        using var client = app.CreateClient();
        var levels = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/levels")));
        return levels.GetProperty("entries").EnumerateArray().FirstOrDefault(e => e.GetProperty("territory").GetString() == territory) is { ValueKind: System.Text.Json.JsonValueKind.Object } entry
            ? entry.GetProperty("level").GetString()!
            : "vigilance";
    }
}
