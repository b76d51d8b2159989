using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Principals;
using Tocsin.Server.Plan;
using Tocsin.Server.Signing;
using Tocsin.Storage;

namespace Tocsin.Server.Tests.Plan;

public sealed class DecisionPreviewTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_preview_of_a_pending_decision_is_byte_for_byte_the_signed_message_its_approval_publishes()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 11, 13, 21, 40, 0, TimeSpan.Zero));
        await using var store = (await StoreOpener.OpenAsync(null, directory, clock, Ct)).Value;
        await store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct);
        await store.AddPrincipalAsync("paul", PrincipalKind.User, [Role.Approver], null, Ct);
        using var plan = new PlanDecisions(store, PlanCatalogue.Default, new PublicationSettings(), clock, ServerSigner.Open(directory, clock));
        var previews = new DecisionPreviews(store, plan, clock);
        var proposed = (await plan.ProposeAsync(Proposal(), "ana", Ct)).Value;
        clock.Advance(TimeSpan.FromMinutes(7));

        var preview = (await previews.OfPendingAsync(proposed.Id, Ct)).Value;
        await plan.ApproveAsync(proposed.Id, "paul", Ct);

        var published = (await store.Publications.ForDecisionAsync(proposed.Id, Ct)).Single();
        Assert.Equal((published.Identifier, true, System.Text.Encoding.UTF8.GetString(published.Xml.Span)), (preview.Identifier, preview.Signed, preview.Xml));
    }

    [Fact]
    public async Task The_preview_of_a_pending_cancellation_is_byte_for_byte_the_signed_Cancel_its_approval_publishes()
    {
        var (store, plan, previews, clock) = await OpenAsync();
        await using var owned = store;
        using var owner = plan;
        var decided = (await plan.ProposeAsync(Proposal(), "ana", Ct)).Value;
        await plan.ApproveAsync(decided.Id, "paul", Ct);
        clock.Advance(TimeSpan.FromHours(2));
        await plan.ProposeCancellationAsync(decided.Id, "ana", "Menace écartée.", null, Ct);
        clock.Advance(TimeSpan.FromMinutes(3));

        var preview = (await previews.OfPendingAsync(decided.Id, Ct)).Value;
        await plan.ApproveCancellationAsync(decided.Id, "paul", Ct);

        var published = (await store.Publications.ForDecisionAsync(decided.Id, Ct))[^1];
        Assert.Equal(("Cancel", published.Identifier, true, System.Text.Encoding.UTF8.GetString(published.Xml.Span)),
            (preview.MsgType, preview.Identifier, preview.Signed, preview.Xml));
    }

    [Fact]
    public async Task The_preview_of_a_pending_lowering_is_byte_for_byte_the_signed_Update_its_approval_publishes()
    {
        var (store, plan, previews, clock) = await OpenAsync();
        await using var owned = store;
        using var owner = plan;
        var raised = (await plan.ProposeAsync(Proposal(), "ana", Ct)).Value;
        await plan.ApproveAsync(raised.Id, "paul", Ct);
        clock.Advance(TimeSpan.FromDays(1));
        var lowering = (await plan.ProposeAsync(Proposal() with
        {
            LevelKey = "securite-renforcee-risque-attentat",
            EffectiveAt = clock.GetUtcNow(),
            Supersedes = [raised.Id],
            Rationale = "La menace reste élevée.",
        }, "ana", Ct)).Value;
        clock.Advance(TimeSpan.FromMinutes(4));

        var preview = (await previews.OfPendingAsync(lowering.Id, Ct)).Value;
        await plan.ApproveAsync(lowering.Id, "paul", Ct);

        var published = (await store.Publications.ForDecisionAsync(lowering.Id, Ct)).Single();
        Assert.Equal(("Update", published.Identifier, System.Text.Encoding.UTF8.GetString(published.Xml.Span)), (preview.MsgType, preview.Identifier, preview.Xml));
    }

    [Fact]
    public async Task A_pending_cancellation_is_previewed_through_the_API_as_a_Cancel_and_nothing_is_written()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D68"));
        var id = decision.GetProperty("id").GetString()!;
        var (analyst, _) = await app.PlanClientsAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.ActAsync(id, "cancel", new { reason = "Menace écartée." }));
        var before = await app.PlanCountsAsync();

        using var response = await analyst.GetPathAsync($"/api/v1/decisions/{id}/preview");

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, response, "application/json"));
        Assert.Equal(("Cancel", before), (body.GetProperty("msgType").GetString(), await app.PlanCountsAsync()));
    }

    [Fact]
    public async Task Previewing_a_proposal_shows_the_raised_public_level_and_writes_nothing()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var before = await app.PlanCountsAsync();

        using var response = await analyst.PostAsJsonAsync(new Uri("/api/v1/decisions/preview", UriKind.Relative), PlanRequests.Proposal("urgence-attentat", "FRA-D06"), Ct);

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, response, "application/json"));
        var nice = body.GetProperty("publicLevels").GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("territory").GetString() == "FRA-D06");
        Assert.Equal(("urgence-attentat", "Alert", before), (nice.GetProperty("level").GetString(), body.GetProperty("msgType").GetString(), await app.PlanCountsAsync()));
    }

    [Fact]
    public async Task Previewing_an_exercise_leaves_the_public_level_as_it_is()
    {
        var (analyst, _) = await app.PlanClientsAsync();

        using var response = await analyst.PostAsJsonAsync(new Uri("/api/v1/decisions/preview", UriKind.Relative),
            PlanRequests.Proposal("urgence-attentat", "FRA-D2A").With("exercise", true), Ct);

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, response, "application/json"));
        var entries = body.GetProperty("publicLevels").GetProperty("entries").EnumerateArray();
        Assert.Equal(("Exercise", false), (body.GetProperty("status").GetString(), entries.Any(e => e.GetProperty("territory").GetString() == "FRA-D2A")));
    }

    [Fact]
    public async Task A_preview_refuses_what_a_proposal_refuses_naming_the_field()
    {
        var (analyst, _) = await app.PlanClientsAsync();

        using var response = await analyst.PostAsJsonAsync(new Uri("/api/v1/decisions/preview", UriKind.Relative), PlanRequests.Proposal("no-such-level"), Ct);

        Assert.Equal("unknown-level", PlanHttp.Code(await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response)));
    }

    [Fact]
    public async Task An_approved_decision_has_no_preview()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D67"));
        var (analyst, _) = await app.PlanClientsAsync();

        using var response = await analyst.GetPathAsync($"/api/v1/decisions/{decision.GetProperty("id").GetString()}/preview");

        Assert.Equal("already-approved", PlanHttp.Code(await HttpAssert.StatusAsync(HttpStatusCode.Conflict, response)));
    }

    [Fact]
    public async Task A_preview_needs_staff_credentials()
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/decisions/preview", UriKind.Relative), PlanRequests.Proposal(), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<(ITocsinStore Store, PlanDecisions Plan, DecisionPreviews Previews, FakeTimeProvider Clock)> OpenAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 11, 13, 21, 40, 0, TimeSpan.Zero));
        var store = (await StoreOpener.OpenAsync(null, directory, clock, Ct)).Value;
        await store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct);
        await store.AddPrincipalAsync("paul", PrincipalKind.User, [Role.Approver], null, Ct);
        var plan = new PlanDecisions(store, PlanCatalogue.Default, new PublicationSettings(), clock, ServerSigner.Open(directory, clock));
        return (store, plan, new DecisionPreviews(store, plan, clock), clock);
    }

    private static DecisionProposal Proposal() => new()
    {
        SchemeId = "vigipirate",
        LevelKey = "urgence-attentat",
        TerritoryIds = ["FRA-D75", "FRA-D973"],
        EffectiveAt = new DateTimeOffset(2025, 11, 13, 21, 30, 0, TimeSpan.Zero),
        Authority = "Premier ministre",
        Rationale = "Attaques coordonnées en cours.",
    };
}
