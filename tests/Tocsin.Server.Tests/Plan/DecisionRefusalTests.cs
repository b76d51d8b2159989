using System.Net;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Tests.Plan;

/// <summary>Every bad input is a problem document with its code, and leaves the store as it was.</summary>
public sealed class DecisionRefusalTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    public static TheoryData<string, string, object?, string> BadProposals() => new()
    {
        { "unknown territory", "territories", new[] { "FRA-D999" }, "unknown-territory" },
        { "territory outside the scheme", "territories", new[] { "GBR-SCT" }, "territory-outside-scheme" },
        { "unknown level", "level", "alerte-rouge", "unknown-level" },
        { "unknown scheme", "scheme", "no-such-scheme", "unknown-scheme" },
        { "expiry before the effective time", "expiresAt", "2020-01-01T00:00:00Z", "expiry-before-effective" },
        { "no rationale", "rationale", null, "rationale-required" },
        { "no territories", "territories", Array.Empty<string>(), "no-territories" },
        { "unknown superseded decision", "supersedes", new[] { Guid.NewGuid() }, "supersedes-unknown" },
        { "bad grade", "evidence", new[] { new { stixId = "report--96f70a1f-1612-4efe-a16f-40b78520c05d", grade = "G7" } }, "admiralty-grade" },
        { "evidence not in the store", "evidence", new[] { new { stixId = "report--96f70a1f-1612-4efe-a16f-40b78520c05d", grade = "B2" } }, "evidence-unknown" },
    };

    [Theory]
    [MemberData(nameof(BadProposals))]
    public async Task A_bad_proposal_is_refused_with_422_and_nothing_stored(string why, string field, object? value, string code)
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var before = await app.PlanCountsAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await analyst.ProposeAsync(PlanRequests.Proposal().With(field, value)), "application/problem+json");

        Assert.True((code, before) == (PlanHttp.Code(problem), await app.PlanCountsAsync()), why);
    }

    [Fact]
    public async Task A_proposal_without_effective_at_is_refused_naming_the_field_not_stored_as_year_1()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var proposal = PlanRequests.Proposal();
        proposal.Remove("effectiveAt");
        var before = await app.PlanCountsAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await analyst.ProposeAsync(proposal), "application/problem+json");

        Assert.Equal(("effective-at-required", before), (PlanHttp.Code(problem), await app.PlanCountsAsync()));
        Assert.Contains("effectiveAt", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_requiring_an_expiry_is_refused_without_one()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var ntas = new Dictionary<string, object?>(PlanRequests.Proposal("elevated-alert", "USA")) { ["scheme"] = "us-ntas" };

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await analyst.ProposeAsync(ntas));

        Assert.Equal("expiry-required", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task Approving_your_own_proposal_is_forbidden_and_changes_nothing()
    {
        var name = Some();
        await app.AddUserAsync(name, Role.Approver, TocsinApp.PlanPassword);
        using var approver = app.CreateClient(name, TocsinApp.PlanPassword);
        var id = await approver.ProposedIdAsync(PlanRequests.Proposal());
        var before = await app.PlanCountsAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await approver.ActAsync(id, "approve"), "application/problem+json");

        Assert.Equal(("same-person-cannot-approve", before), (PlanHttp.Code(problem), await app.PlanCountsAsync()));
    }

    [Fact]
    public async Task Approving_twice_is_a_conflict_and_publishes_once()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal());
        await approver.ActAsync(id, "approve");
        var before = await app.PlanCountsAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await approver.ActAsync(id, "approve"));

        Assert.Equal(("already-approved", before), (PlanHttp.Code(problem), await app.PlanCountsAsync()));
    }

    [Fact]
    public async Task An_analyst_cannot_approve()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var (other, _) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal());

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await other.ActAsync(id, "approve"));

        Assert.Equal("approver-role-required", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task A_watch_officer_cannot_propose()
    {
        var name = Some();
        await app.AddUserAsync(name, Role.WatchOfficer, TocsinApp.PlanPassword);
        using var watch = app.CreateClient(name, TocsinApp.PlanPassword);

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await watch.ProposeAsync(PlanRequests.Proposal()));

        Assert.Equal("proposer-role-required", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task Anonymous_writes_are_unauthorized()
    {
        using var anonymous = app.CreateClient();

        var response = await anonymous.ProposeAsync(PlanRequests.Proposal());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_reads_of_decisions_are_unauthorized()
    {
        using var anonymous = app.CreateClient();

        var response = await anonymous.GetPathAsync("/api/v1/decisions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Rejecting_without_a_reason_is_refused()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal());

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await approver.ActAsync(id, "reject", new { reason = " " }));

        Assert.Equal("reason-required", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task Cancelling_a_pending_decision_is_a_conflict()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal());

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await approver.ActAsync(id, "cancel", new { reason = "Erreur." }));

        Assert.Equal("not-approved", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task Approving_an_unknown_decision_is_not_found()
    {
        var (_, approver) = await app.PlanClientsAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.NotFound, await approver.ActAsync(Guid.NewGuid().ToString(), "approve"));

        Assert.Equal("decision-not-found", PlanHttp.Code(problem));
    }

    private static string Some() => Testing.Some.Alias("user");
}
