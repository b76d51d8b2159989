using System.Net;
using Tocsin.Core.Principals;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Authoring.AuthoringPicture;

namespace Tocsin.Server.Tests.Authoring;

/// <summary>Who may not open the authoring pages: roles other than analyst and administrator get the 403 page, a browser
/// without a session is sent to sign in, and a form posted without its antiforgery token writes nothing.</summary>
public sealed class AuthoringAccessTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<string> Routes(AuthoringPicture picture) =>
    [
        "/analyst/incidents/new", $"/analyst/incidents/{picture.Incident}/edit", "/analyst/actors/new", $"/analyst/actors/{picture.Actor}/edit",
        "/analyst/reports/new", $"/analyst/incidents/{picture.Incident}/assertions/new", $"/analyst/assertions/relationship--{Guid.NewGuid():D}/opinions/new",
        $"/analyst/objects/{picture.Incident}/history",
    ];

    [Theory]
    [InlineData(Role.Approver)]
    [InlineData(Role.WatchOfficer)]
    public async Task Other_staff_roles_are_refused_every_authoring_page(Role role)
    {
        var picture = await SeedAsync(app);
        using var browser = await AuthoringForms.SignedInAsync(app, role);

        var statuses = new List<(string, HttpStatusCode)>();
        foreach (var path in Routes(picture))
        {
            statuses.Add((path, (await browser.GetAsync(new Uri(path, UriKind.Relative), Ct)).StatusCode));
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Forbidden, s.Item2));
    }

    [Fact]
    public async Task Without_a_session_every_authoring_page_sends_to_sign_in()
    {
        var picture = await SeedAsync(app);
        using var browser = app.CreateBrowserClient();

        var answers = new List<(HttpStatusCode, string?)>();
        foreach (var path in Routes(picture))
        {
            var response = await browser.GetAsync(new Uri(path, UriKind.Relative), Ct);
            answers.Add((response.StatusCode, response.Headers.Location?.AbsolutePath));
        }

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.Redirect, "/account/signin"), a));
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_writes_nothing()
    {
        await SeedAsync(app);
        using var browser = await AuthoringForms.SignedInAsync(app);
        var before = await app.CountObjectsAsync("picture");

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "incident", ["Form.Name"] = "Forged" });
        var forged = await browser.PostAsync(new Uri("/analyst/incidents/new", UriKind.Relative), content, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, before), (forged.StatusCode, await app.CountObjectsAsync("picture")));
    }

    [Fact]
    public async Task An_analyst_without_a_write_grant_sees_the_refusal_and_nothing_is_written()
    {
        await SeedAsync(app);
        using var browser = await AuthoringForms.SignedInAsync(app, Role.Analyst, Tocsin.Storage.CollectionRights.Read);
        var before = await app.CountObjectsAsync("picture");

        var refused = await AuthoringForms.PostAsync(browser, "/analyst/actors/new", await AuthoringForms.PageAsync(browser, "/analyst/actors/new"), "actor", ("Form.Name", "New group"));

        Assert.Equal((HttpStatusCode.Forbidden, before), (refused.StatusCode, await app.CountObjectsAsync("picture")));
        Assert.Contains("id=\"form-error\"", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
