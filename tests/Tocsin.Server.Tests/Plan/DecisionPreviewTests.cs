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
