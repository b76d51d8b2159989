using System.Net;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
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
    public async Task The_history_is_paged_fifty_at_a_time_with_its_length_and_links_to_the_next_and_previous_pages()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        for (var i = 0; i < 51; i++)
        {
            await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D23"));
        }

        var first = await RoomForms.PageAsync(approver, "/decisions");
        var second = await RoomForms.PageAsync(approver, "/decisions?history=2");
        var unreadable = await RoomForms.PageAsync(approver, "/decisions?history=two");

        var rows = Section(first, "history").Split("<tr", StringSplitOptions.None).Length - 2;
        Assert.Equal((50, true, true, true, true),
            (rows, Section(first, "history").Contains("href=\"/decisions?history=2#history\"", StringComparison.Ordinal),
             Section(second, "history").Contains("id=\"history-previous\"", StringComparison.Ordinal),
             Section(second, "history").Contains("id=\"history-shown\">51", StringComparison.Ordinal),
             Section(unreadable, "history").Contains("id=\"history-shown\">1 ", StringComparison.Ordinal)));
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
    public async Task An_approver_sees_the_Cancel_a_pending_cancellation_would_publish_before_approving_it()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D41"));
        await RoomForms.SubmitAsync(approver, $"/decisions/{id}", "decision-action", ("Form.Action", "approve"));
        await RoomForms.SubmitAsync(analyst, $"/decisions/{id}", "decision-action", ("Form.Action", "cancel"), ("Form.Reason", "Menace écartée."));

        var page = await RoomForms.PageAsync(approver, $"/decisions/{id}");

        var preview = page[page.IndexOf("id=\"preview\"", StringComparison.Ordinal)..];
        Assert.Equal((true, true), (preview.Contains("Cancel · Actual", StringComparison.Ordinal), preview.Contains("msgType&gt;Cancel&lt;", StringComparison.Ordinal)));
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
    public async Task Searching_the_picture_lists_matches_with_the_grade_they_carry_and_keeps_the_draft()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var word = Some.Alias("amaq");
        var claim = GradedClaim($"The {word} agency carried the claim.");
        var other = StixJson.Indicator().With("name", "Unrelated infrastructure").Build();
        await app.AddToPictureAsync(claim, other);

        var page = await RoomForms.SubmitAsync(analyst, "/decisions/new", "propose",
            ("Form.Scheme", "vigipirate"), ("Form.Authority", "Premier ministre"), ("Form.EvidenceQuery", word.ToUpperInvariant()), ("Form.Action", "search"));

        Assert.Equal((true, true, true, false, true),
            (page.Contains($"value=\"{claim.Id}\"", StringComparison.Ordinal), page.Contains("<td>B2</td>", StringComparison.Ordinal),
             page.Contains("<option value=\"B\" selected", StringComparison.Ordinal), page.Contains(other.Id, StringComparison.Ordinal),
             page.Contains("value=\"Premier ministre\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Evidence_ticked_with_a_grade_and_a_territory_ticked_in_the_tree_are_proposed()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var claim = GradedClaim("A claim cited as evidence.");
        await app.AddToPictureAsync(claim);

        using var response = await RoomForms.PostAsync(analyst, "/decisions/new", "propose",
            ("Form.Scheme", "vigipirate"), ("Form.Level", "urgence-attentat"), ("Form.TerritoryPicks", "FRA-D71"), ("Form.TerritoryPicks", "FRA-D72"),
            ("Form.EffectiveAt", "2025-01-01T00:00"), ("Form.Authority", "Premier ministre"), ("Form.Rationale", "Menace très élevée."),
            ("Form.Picks[0].Id", claim.Id), ("Form.Picks[0].Chosen", "true"), ("Form.Picks[0].Reliability", "A"), ("Form.Picks[0].Credibility", "3"),
            ("Form.Picks[1].Id", StixJson.Indicator().Build().Id), ("Form.Picks[1].Reliability", "C"), ("Form.Picks[1].Credibility", "4"),
            ("Form.Action", "submit"));

        var decisions = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.GetPathAsync("/api/v1/decisions")));
        var proposed = decisions.EnumerateArray().Single(d => d.GetProperty("territories")[0].GetString() == "FRA-D71");
        var evidence = proposed.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("stixId").GetString()!, e.GetProperty("grade").GetString()!)).ToList();
        Assert.Equal((2, $"{claim.Id} A3"), (proposed.GetProperty("territories").GetArrayLength(), string.Join(", ", evidence.Select(e => $"{e.Item1} {e.Item2}"))));
    }

    [Fact]
    public async Task The_propose_form_offers_the_territories_as_a_tree_grouped_by_parent()
    {
        var (analyst, _) = await app.PlanClientsAsync();

        var page = await RoomForms.PageAsync(analyst, "/decisions/new");

        var paris = page.IndexOf("id=\"territory-FRA-D75\"", StringComparison.Ordinal);
        var group = page.LastIndexOf("<fieldset class=\"territory-group\">", paris, StringComparison.Ordinal);
        Assert.Equal((true, true), (paris > 0, page[group..paris].Contains("id=\"territory-FRA-R11\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_unreadable_or_missing_field_is_shown_beside_it_and_nothing_is_proposed()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var before = await app.PlanCountsAsync();

        var page = await RoomForms.SubmitAsync(analyst, "/decisions/new", "propose",
            ("Form.Scheme", "vigipirate"), ("Form.Level", "urgence-attentat"), ("Form.EffectiveAt", "not a time"), ("Form.Supersedes", "nope"),
            ("Form.Picks[0].Id", "report--96f70a1f-1612-4efe-a16f-40b78520c05d"), ("Form.Picks[0].Chosen", "true"), ("Form.Action", "submit"));

        string[] fields = ["EffectiveAt", "Supersedes", "Territories", "Authority", "Rationale", "Evidence"];
        Assert.Equal((string.Join(' ', fields), true, before),
            (string.Join(' ', fields.Where(f => page.Contains($"id=\"{f}-error\"", StringComparison.Ordinal))),
             page.Contains("id=\"authority\" aria-invalid=\"true\" aria-describedby=\"Authority-error\"", StringComparison.Ordinal), await app.PlanCountsAsync()));
    }

    [Fact]
    public async Task The_room_is_for_staff_only()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/decisions", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.False(response.StatusCode == HttpStatusCode.OK && response.RequestMessage!.RequestUri!.AbsolutePath == "/decisions");
    }

    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"<section aria-labelledby=\"{id}-heading\" id=\"{id}\"", StringComparison.Ordinal);
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    private static (string, string)[] ProposalFields(string territory, string action) =>
    [
        ("Form.Scheme", "vigipirate"), ("Form.Level", "urgence-attentat"), ("Form.Territories", territory),
        ("Form.EffectiveAt", "2025-01-01T00:00"), ("Form.Authority", "Premier ministre"), ("Form.Rationale", "Menace très élevée."),
        ("Form.Action", action),
    ];

    // An attributed-to relationship graded B2 in Tocsin's assertion extension, as ingest review writes one.
    private static StixObject GradedClaim(string description) => StixObject.FromTrusted(System.Text.Encoding.UTF8.GetBytes($$"""
        {"type": "relationship", "spec_version": "2.1", "id": "{{Some.StixId("relationship")}}", "created": "2024-03-23T06:00:00.000Z",
         "modified": "2024-03-23T06:00:00.000Z", "relationship_type": "attributed-to",
         "source_ref": "incident--ab7327dd-079a-47e0-97ec-7fde8d60f2aa", "target_ref": "threat-actor--56a5ca48-1a9d-4d4a-a46f-50048f8eb348",
         "description": "{{description}}", "confidence": 70,
         "extensions": {"extension-definition--8b07da4d-51da-4cd7-9991-5a8cb9038146": {"extension_type": "property-extension",
           "asserted_by_ref": "identity--f844641f-0474-4170-b3e5-6de395dcb356", "basis": "claim", "asserted_at": "2024-03-22T21:00:00.000Z",
           "report_ref": "report--96f70a1f-1612-4efe-a16f-40b78520c05d", "source_reliability": "B", "information_credibility": 2 } } }
        """));

    private async Task<string> PublicLevelAsync(string territory)
    {
        using var client = app.CreateClient();
        var levels = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/levels")));
        return levels.GetProperty("entries").EnumerateArray().FirstOrDefault(e => e.GetProperty("territory").GetString() == territory) is { ValueKind: System.Text.Json.JsonValueKind.Object } entry
            ? entry.GetProperty("level").GetString()!
            : "vigilance";
    }
}
