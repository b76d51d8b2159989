using Tocsin.Testing;
using System.Net;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Tests.Postures;

/// <summary>A posture goes through the two-person rule exactly like a decision, over HTTP, and every change is audited.</summary>
public sealed class PostureLifecycleTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task An_analyst_proposes_and_a_different_approver_approves()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedPostureIdAsync(PostureHttp.Proposal());

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActOnPostureAsync(id, "approve"));

        Assert.Equal("approved", PostureHttp.Json(body).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_posture_cannot_be_approved_by_its_proposer_and_nothing_changes()
    {
        const string Password = "both-password";
        var name = Some.Alias("both");
        await app.AddUserAsync(name, [Role.Analyst, Role.Approver], Password);
        using var both = app.CreateClient(name, Password);
        var id = await both.ProposedPostureIdAsync(PostureHttp.Proposal());
        var before = await app.PostureCountsAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await both.ActOnPostureAsync(id, "approve"), "application/problem+json");

        Assert.Equal(("same-person-cannot-approve", before), (PostureHttp.Code(problem), await app.PostureCountsAsync()));
    }

    [Fact]
    public async Task Every_change_is_one_audit_entry()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedPostureIdAsync(PostureHttp.Proposal());
        var before = await app.AuditSequenceAsync();

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActOnPostureAsync(id, "approve"));

        Assert.Equal(before + 1, await app.AuditSequenceAsync());
    }

    [Fact]
    public async Task Cancelling_takes_a_proposal_and_a_second_approval()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedPostureIdAsync(PostureHttp.Proposal());
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActOnPostureAsync(id, "approve"));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActOnPostureAsync(id, "cancel", new { reason = "Fin de l'événement." }));

        var self = await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await approver.ActOnPostureAsync(id, "cancel/approve"));
        var (_, otherApprover) = await app.PlanClientsAsync();
        var done = await HttpAssert.StatusAsync(HttpStatusCode.OK, await otherApprover.ActOnPostureAsync(id, "cancel/approve"));

        Assert.Equal(("same-person-cannot-approve", "cancelled"), (PostureHttp.Code(self), PostureHttp.Json(done).GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_proposer_withdraws_and_someone_else_cannot()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedPostureIdAsync(PostureHttp.Proposal());

        var refused = await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await approver.ActOnPostureAsync(id, "withdraw"));
        var withdrawn = await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.ActOnPostureAsync(id, "withdraw"));

        Assert.Equal(("not-proposer", "withdrawn"), (PostureHttp.Code(refused), PostureHttp.Json(withdrawn).GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Rejecting_needs_a_reason()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedPostureIdAsync(PostureHttp.Proposal());

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await approver.ActOnPostureAsync(id, "reject", new { reason = " " }));

        Assert.Equal("reason-required", PostureHttp.Code(problem));
    }

    [Fact]
    public async Task An_unknown_posture_is_404() =>
        Assert.Equal("posture-not-found", PostureHttp.Code(await HttpAssert.StatusAsync(HttpStatusCode.NotFound,
            await (await app.PlanClientsAsync()).Approver.GetPathAsync($"/api/v1/postures/{Guid.NewGuid()}"))));
}
