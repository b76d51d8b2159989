using System.Net;
using Tocsin.Core.Principals;
using Tocsin.Server.Tests.Postures;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Decisions;

/// <summary>The room's posture pages: a posture proposed with the form, refused to its proposer, approved by a second person.</summary>
public sealed class PostureRoomPageTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static readonly (string, string)[] Fields =
    [
        ("Form.Step", "propose"), ("Form.Title", "Posture de la salle"), ("Form.Level", "urgence-attentat"), ("Form.TerritoryPicks", "FRA"),
        ("Form.StartsAt", "2026-06-01T00:00"), ("Form.Authority", "SGDSN"), ("Form.Rationale", "Rassemblements."),
        ("Form.MeasurePicks", PostureHttp.PublicMeasure), ("Form.MeasurePicks", PostureHttp.RestrictedMeasure),
    ];

    [Fact]
    public async Task A_posture_proposed_in_the_room_is_not_offered_to_its_proposer_and_a_second_approver_approves_it()
    {
        const string Password = "room-password";
        var both = Some.Alias("both");
        await app.AddUserAsync(both, [Role.Analyst, Role.Approver], Password);
        using var proposer = app.CreateClient(both, Password);
        var (_, approver) = await app.PlanClientsAsync();

        using (await RoomForms.PostAsync(proposer, "/postures/new", "posture", Fields))
        {
        }

        var id = PostureHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await proposer.GetPathAsync("/api/v1/postures")))
            .EnumerateArray().Single(p => p.GetProperty("proposedBy").GetString() == both).GetProperty("id").GetString()!;
        var own = await RoomForms.PageAsync(proposer, $"/postures/{id}");
        var refused = await proposer.ActOnPostureAsync(id, "approve");
        var approved = await RoomForms.SubmitAsync(approver, $"/postures/{id}", "posture-action", ("Form.Action", "approve"));

        Assert.DoesNotContain("id=\"action-approve\"", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("id=\"posture-status\">approved<", approved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_starts_with_the_level_default_measures_ticked()
    {
        var (analyst, _) = await app.PlanClientsAsync();

        var page = await RoomForms.PageAsync(analyst, "/postures/new");

        var firstDefault = Tocsin.Core.Plan.PlanCatalogue.Default.MeasuresOf("vigipirate").ActiveAt("vigilance").Value[0].Id;
        Assert.Matches($"id=\"measure-{firstDefault}\"[^>]*checked", page);
    }

    [Fact]
    public async Task A_refused_form_shows_why_and_stores_nothing()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var before = await app.PostureCountsAsync();

        var page = await RoomForms.SubmitAsync(analyst, "/postures/new", "posture", [.. Fields.Where(f => f.Item1 != "Form.MeasurePicks")]);

        Assert.Contains("posture-error", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.PostureCountsAsync());
    }
}
