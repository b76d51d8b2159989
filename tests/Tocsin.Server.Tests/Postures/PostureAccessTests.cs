using Tocsin.Testing;
using System.Net;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Tests.Postures;

/// <summary>Who may do what with postures: staff only, except the measures in force, where the public and partners see
/// only public measures.</summary>
public sealed class PostureAccessTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task Anonymous_callers_cannot_list_or_propose()
    {
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetPathAsync("/api/v1/postures")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.ProposePostureAsync(PostureHttp.Proposal())).StatusCode);
    }

    [Fact]
    public async Task A_partner_is_forbidden_and_nothing_is_stored()
    {
        var name = Some.Alias("partner");
        await app.AddPartnerWithPasswordAsync(name, "partner-password");
        using var partner = app.CreateClient(name, "partner-password");
        var before = await app.PostureCountsAsync();

        var response = await partner.ProposePostureAsync(PostureHttp.Proposal());

        Assert.Equal((HttpStatusCode.Forbidden, before), (response.StatusCode, await app.PostureCountsAsync()));
    }

    [Fact]
    public async Task A_watch_officer_cannot_propose()
    {
        const string Password = "watch-password";
        var name = Some.Alias("watch");
        await app.AddUserAsync(name, Role.WatchOfficer, Password);
        using var watch = app.CreateClient(name, Password);

        var response = await watch.ProposePostureAsync(PostureHttp.Proposal());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_analyst_cannot_approve()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var (other, _) = await app.PlanClientsAsync();
        var id = await analyst.ProposedPostureIdAsync(PostureHttp.Proposal());

        var response = await other.ActOnPostureAsync(id, "approve");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_public_sees_only_public_measures_in_force_and_staff_see_restricted_ones()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedPostureIdAsync(PostureHttp.Proposal("2020-01-01T00:00:00Z", null));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActOnPostureAsync(id, "approve"));
        using var anonymous = app.CreateClient();
        const string Path = "/api/v1/postures/in-force?territory=FRA-D75";

        var publicView = PostureHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await anonymous.GetPathAsync(Path)));
        var staffView = PostureHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.GetPathAsync(Path)));

        string[] Ids(System.Text.Json.JsonElement view) => [.. view.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("id").GetString()!)];
        Assert.DoesNotContain(PostureHttp.RestrictedMeasure, Ids(publicView));
        Assert.Contains(PostureHttp.RestrictedMeasure, Ids(staffView));
        Assert.Contains(PostureHttp.PublicMeasure, Ids(publicView));
    }

    [Fact]
    public async Task In_force_without_a_territory_is_a_problem() =>
        Assert.Equal("territory-required", PostureHttp.Code(await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity,
            await app.CreateClient().GetPathAsync("/api/v1/postures/in-force"), "application/problem+json")));
}
