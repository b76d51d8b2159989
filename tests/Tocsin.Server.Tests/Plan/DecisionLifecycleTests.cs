using Tocsin.Testing;
using System.Net;
using System.Text;
using Tocsin.Core.Cap;

namespace Tocsin.Server.Tests.Plan;

public sealed class DecisionLifecycleTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task A_proposal_is_created_pending_with_its_location()
    {
        var (analyst, _) = await app.PlanClientsAsync();

        using var response = await analyst.ProposeAsync(PlanRequests.Proposal());

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.Created, response, "application/json"));
        Assert.Equal(("proposed", $"/api/v1/decisions/{body.GetProperty("id").GetString()}"),
            (body.GetProperty("status").GetString(), response.Headers.Location?.ToString()));
    }

    [Fact]
    public async Task An_approval_publishes_a_cap_alert_served_on_the_feed()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D13"));
        var identifier = decision.GetProperty("messages")[0].GetProperty("identifier").GetString()!;
        using var client = app.CreateClient();

        var feed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/feeds/cap.atom"), "application/atom+xml");

        Assert.Contains($"/feeds/cap/{identifier}.xml", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_alert_has_one_info_per_language_with_the_level_mapping()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("securite-renforcee-risque-attentat", "FRA-D33"));
        var alert = await MessageAsync(decision.GetProperty("messages")[0].GetProperty("identifier").GetString()!);

        Assert.Equal(
            [("fr-FR", CapUrgency.Expected, CapSeverity.Severe, CapCertainty.Likely), ("en-GB", CapUrgency.Expected, CapSeverity.Severe, CapCertainty.Likely)],
            alert.Infos.Select(i => (i.Language, i.Urgency, i.Severity, i.Certainty)));
    }

    [Fact]
    public async Task A_rejection_records_the_reason_and_publishes_nothing()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal());

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActAsync(id, "reject", new { reason = "Pas d'élément nouveau." })));

        Assert.Equal(("rejected", "Pas d'élément nouveau.", 0), (body.GetProperty("status").GetString(), body.GetProperty("events")[1].GetProperty("note").GetString(), body.GetProperty("messages").GetArrayLength()));
    }

    [Fact]
    public async Task A_cancellation_publishes_a_cancel_referencing_the_alert()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D59"));
        await approver.ActAsync(id, "approve");

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.ActAsync(id, "cancel", new { reason = "Menace réévaluée." }));

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActAsync(id, "cancel/approve")));
        var alert = await MessageAsync(body.GetProperty("messages")[0].GetProperty("identifier").GetString()!);
        var cancel = await MessageAsync(body.GetProperty("messages")[1].GetProperty("identifier").GetString()!);

        Assert.Equal((CapMsgType.Cancel, $"{alert.Sender},{alert.Identifier},{CapTime.Format(alert.Sent)}"), (cancel.MsgType, Assert.Single(cancel.References).ToWire()));
    }

    [Fact]
    public async Task A_superseding_decision_is_published_as_an_update_referencing_the_earlier_message()
    {
        var first = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D67"));
        var second = await app.DecideLevelAsync(PlanRequests.Proposal("securite-renforcee-risque-attentat", "FRA-D67")
            .With("supersedes", new[] { first.GetProperty("id").GetString() }));

        var earlier = await MessageAsync(first.GetProperty("messages")[0].GetProperty("identifier").GetString()!);
        var update = await MessageAsync(second.GetProperty("messages")[0].GetProperty("identifier").GetString()!);

        Assert.Equal((CapMsgType.Update, earlier.Identifier), (update.MsgType, Assert.Single(update.References).Identifier));
    }

    [Fact]
    public async Task A_decision_shows_its_events_and_the_grades_of_its_evidence()
    {
        var evidence = await app.SeedEvidenceAsync();
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D06")
            .With("evidence", new[] { new { stixId = evidence, grade = "B2" } }));
        var (analyst, _) = await app.PlanClientsAsync();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.GetPathAsync($"/api/v1/decisions/{decision.GetProperty("id").GetString()}")));

        Assert.Equal(("B2", 70, "proposed", "approved"), (body.GetProperty("evidence")[0].GetProperty("grade").GetString(),
            body.GetProperty("evidence")[0].GetProperty("confidence").GetInt32(),
            body.GetProperty("events")[0].GetProperty("kind").GetString(), body.GetProperty("events")[1].GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_decision_past_its_review_by_time_is_listed_as_overdue()
    {
        var now = TimeProvider.System.GetUtcNow();
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D69")
            .With("effectiveAt", PlanRequests.Time(now.AddDays(-2))).With("reviewBy", PlanRequests.Time(now.AddDays(-1))));
        var (analyst, _) = await app.PlanClientsAsync();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.GetPathAsync("/api/v1/decisions/overdue")));

        Assert.Contains(decision.GetProperty("id").GetString(), body.EnumerateArray().Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_timeline_of_a_territory_shows_the_baseline_then_the_decision()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D31"));
        using var client = app.CreateClient();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/territories/FRA-D31/timeline")));

        var last = body.GetProperty("segments").EnumerateArray().Last();
        Assert.Equal(("urgence-attentat", decision.GetProperty("id").GetString()), (last.GetProperty("level").GetString(), last.GetProperty("decisionId").GetString()));
    }

    private async Task<CapAlert> MessageAsync(string identifier)
    {
        using var client = app.CreateClient();
        var bytes = await (await client.GetPathAsync($"/feeds/cap/{identifier}.xml")).Content.ReadAsByteArrayAsync(PlanHttp.Ct);
        Assert.Empty(CapSchema.Validate(bytes));
        var read = CapReader.Read(bytes);
        Assert.True(read.IsSuccess, read.Error?.Message + "\n" + Encoding.UTF8.GetString(bytes));
        return read.Value;
    }
}
