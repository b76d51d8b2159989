using Tocsin.Server.Tests.Plan;

namespace Tocsin.Server.Tests.Decisions;

public sealed class ApprovalWarningPageTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task An_approver_sees_before_the_approve_button_that_a_local_lowering_changes_nothing()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D25"));
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("vigilance", "FRA-D25"));

        var page = await RoomForms.PageAsync(approver, $"/decisions/{id}");

        var warnings = page.IndexOf("id=\"approval-warnings\"", StringComparison.Ordinal);
        Assert.True(warnings >= 0 && warnings < page.IndexOf("id=\"action-approve\"", StringComparison.Ordinal)
            && page[warnings..].Contains("data-code=\"level-held\"", StringComparison.Ordinal), page);
    }

    [Fact]
    public async Task A_decision_that_does_what_it_says_shows_no_warning()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D26"));

        var page = await RoomForms.PageAsync(approver, $"/decisions/{id}");

        Assert.DoesNotContain("id=\"approval-warnings\"", page, StringComparison.Ordinal);
    }
}
