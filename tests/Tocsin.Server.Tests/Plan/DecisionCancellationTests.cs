using System.Net;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Plan;

/// <summary>one person cannot lower the level alone. A cancellation is proposed by one principal
/// and approved by a different approver; only then is the CAP Cancel published.</summary>
public sealed class DecisionCancellationTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private async Task<(HttpClient Analyst, HttpClient Approver, HttpClient SecondApprover, string Id)> ApprovedAsync()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var second = Some.Alias("approver");
        await app.AddUserAsync(second, Role.Approver, TocsinApp.PlanPassword);
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D62"));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActAsync(id, "approve"));
        return (analyst, approver, app.CreateClient(second, TocsinApp.PlanPassword), id);
    }

    [Fact]
    public async Task An_approver_cancelling_alone_publishes_nothing_and_the_decision_stays_in_force()
    {
        var (_, approver, _, id) = await ApprovedAsync();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActAsync(id, "cancel", new { reason = "Menace réévaluée." })));

        Assert.Equal(("approved", 1, "Menace réévaluée."),
            (body.GetProperty("status").GetString(), body.GetProperty("messages").GetArrayLength(), body.GetProperty("pendingCancellation").GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task The_proposer_of_a_cancellation_cannot_approve_it()
    {
        var (_, approver, _, id) = await ApprovedAsync();
        await approver.ActAsync(id, "cancel", new { reason = "Menace réévaluée." });

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await approver.ActAsync(id, "cancel/approve"), "application/problem+json");

        Assert.Equal("same-person-cannot-approve", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task A_second_approver_approves_and_the_cancel_goes_out()
    {
        var (_, approver, second, id) = await ApprovedAsync();
        await approver.ActAsync(id, "cancel", new { reason = "Menace réévaluée." });

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await second.ActAsync(id, "cancel/approve")));

        Assert.Equal(("cancelled", 2, "Cancel", true),
            (body.GetProperty("status").GetString(), body.GetProperty("messages").GetArrayLength(), body.GetProperty("messages")[1].GetProperty("msgType").GetString(),
             body.GetProperty("pendingCancellation").ValueKind == System.Text.Json.JsonValueKind.Null));
    }

    [Fact]
    public async Task An_analyst_proposes_a_cancellation_but_cannot_approve_one()
    {
        var (analyst, approver, _, id) = await ApprovedAsync();
        await approver.ActAsync(id, "cancel", new { reason = "Menace réévaluée." });

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await analyst.ActAsync(id, "cancel/approve"), "application/problem+json");

        Assert.Equal("approver-role-required", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task Only_the_proposer_withdraws_a_pending_cancellation()
    {
        var (analyst, approver, _, id) = await ApprovedAsync();
        await analyst.ActAsync(id, "cancel", new { reason = "Menace réévaluée." });

        var refused = await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await approver.ActAsync(id, "cancel/withdraw"), "application/problem+json");
        var withdrawn = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.ActAsync(id, "cancel/withdraw")));

        Assert.Equal(("not-cancellation-proposer", "approved", "cancellation-withdrawn"),
            (PlanHttp.Code(refused), withdrawn.GetProperty("status").GetString(), withdrawn.GetProperty("events").EnumerateArray().Last().GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_rejected_cancellation_leaves_the_decision_in_force_and_publishes_nothing()
    {
        var (analyst, _, second, id) = await ApprovedAsync();
        await analyst.ActAsync(id, "cancel", new { reason = "Menace réévaluée." });

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await second.ActAsync(id, "cancel/reject", new { reason = "La menace demeure." })));

        Assert.Equal(("approved", 1, "cancellation-rejected"),
            (body.GetProperty("status").GetString(), body.GetProperty("messages").GetArrayLength(), body.GetProperty("events").EnumerateArray().Last().GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_second_proposal_while_one_is_pending_is_a_conflict()
    {
        var (analyst, approver, _, id) = await ApprovedAsync();
        await analyst.ActAsync(id, "cancel", new { reason = "Menace réévaluée." });

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await approver.ActAsync(id, "cancel", new { reason = "Aussi." }), "application/problem+json");

        Assert.Equal("cancellation-pending", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task Approving_a_cancellation_nobody_proposed_is_a_conflict()
    {
        var (_, _, second, id) = await ApprovedAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await second.ActAsync(id, "cancel/approve"), "application/problem+json");

        Assert.Equal("no-cancellation-pending", PlanHttp.Code(problem));
    }

    [Fact]
    public async Task A_proposal_never_approved_is_withdrawn_by_its_proposer_alone()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D62"));

        var refused = await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await approver.ActAsync(id, "withdraw"), "application/problem+json");
        var withdrawn = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.ActAsync(id, "withdraw")));

        Assert.Equal(("not-proposer", "withdrawn", 0), (PlanHttp.Code(refused), withdrawn.GetProperty("status").GetString(), withdrawn.GetProperty("messages").GetArrayLength()));
    }

    [Fact]
    public async Task An_approved_decision_cannot_be_withdrawn_by_its_proposer()
    {
        var (analyst, _, _, id) = await ApprovedAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await analyst.ActAsync(id, "withdraw"), "application/problem+json");

        Assert.Equal("not-pending", PlanHttp.Code(problem));
    }
}
