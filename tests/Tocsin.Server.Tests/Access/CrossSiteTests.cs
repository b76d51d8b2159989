using System.Net;
using System.Net.Http.Json;
using System.Text;
using Tocsin.Core.Principals;
using Tocsin.Server.Tests.Plan;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Access;

/// <summary>No state change can be triggered cross-site, on any endpoint, found from the application's own
/// endpoint list. Clients that are not browsers send no Origin and are unaffected.</summary>
public sealed class CrossSiteTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Password = "staff-member-password";

    [Fact]
    public async Task A_cross_site_form_cannot_approve_a_decision()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/decisions/{id}/approve")
        {
            Content = new FormUrlEncodedContent([new("confirm", "yes")]),
        };
        request.Headers.Add("Origin", "https://attacker.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        var response = await approver.SendAsync(request, TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response, "application/problem+json");
        var decision = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.GetPathAsync($"/api/v1/decisions/{id}")));
        Assert.Equal("proposed", decision.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("origin")]
    [InlineData("sec-fetch-site")]
    [InlineData("same-site")]
    [InlineData("null-origin")]
    [InlineData("form")]
    [InlineData("multipart")]
    public async Task Every_state_changing_endpoint_refuses_a_cross_site_request_and_changes_nothing(string attack)
    {
        using var staff = await AllRolesClientAsync();
        var before = await app.AuditSequenceAsync();
        var answers = new List<string>();

        foreach (var route in StateChangingRoutes())
        {
            using var response = await staff.SendAsync(Attack(route, attack), TestContext.Current.CancellationToken);
            answers.Add($"{route} -> {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
        }

        var refusal = attack is "form" or "multipart" ? 415 : 403;
        Assert.All(answers, a => Assert.Matches($"-> {refusal} application/(problem|taxii)\\+json$", a));
        Assert.Equal(before, await app.AuditSequenceAsync());
    }

    [Fact]
    public async Task A_request_from_our_own_origin_is_served()
    {
        using var staff = await AllRolesClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/drafts")
        {
            Content = JsonContent.Create(new { text = "Une attaque a visé une salle de concert.", source = "AFP" }),
        };
        // The in-memory host reports the configured binding, 127.0.0.1 on the default port, as its address.
        request.Headers.Add("Origin", $"http://localhost:{ServerSettings.DefaultPort}");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await staff.SendAsync(request, TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Created, response);
    }

    [Fact]
    public async Task A_post_from_our_own_page_with_an_opaque_origin_is_served()
    {
        using var staff = await AllRolesClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/drafts")
        {
            Content = JsonContent.Create(new { text = "Une attaque a visé une salle de concert.", source = "AFP" }),
        };
        // What a browser sends for a form on a page served with Referrer-Policy: no-referrer.
        request.Headers.Add("Origin", "null");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await staff.SendAsync(request, TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Created, response);
    }

    [Fact]
    public async Task A_text_body_on_a_JSON_endpoint_is_refused_with_415()
    {
        var (_, approver) = await app.PlanClientsAsync();

        var response = await approver.PostAsync(new Uri($"/api/v1/decisions/{Guid.NewGuid()}/approve", UriKind.Relative),
            new StringContent("approve", Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.UnsupportedMediaType, response, "application/problem+json");
    }

    private async Task<HttpClient> AllRolesClientAsync()
    {
        var name = Some.Alias("staff");
        await app.AddUserAsync(name, Enum.GetValues<Role>(), Password);
        return app.CreateClient(name, Password);
    }

    private List<MappedRoute> StateChangingRoutes()
    {
        var routes = app.Routes().Where(r => r.ChangesState).ToList();
        Assert.Contains(routes, r => r.Pattern == "/api/v1/decisions/{id:guid}/approve");
        Assert.Contains(routes, r => r.Pattern.StartsWith("/taxii2/", StringComparison.Ordinal));
        return routes;
    }

    private static HttpRequestMessage Attack(MappedRoute route, string attack)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), route.SampleUri());
        request.Headers.Accept.ParseAdd("application/taxii+json;version=2.1");
        request.Headers.Accept.ParseAdd("application/json");
        switch (attack)
        {
            case "origin":
                request.Headers.Add("Origin", "https://attacker.example");
                request.Content = JsonContent.Create(new { });
                break;
            case "sec-fetch-site":
                request.Headers.Add("Sec-Fetch-Site", "cross-site");
                request.Content = JsonContent.Create(new { });
                break;
            case "null-origin":
                // Without Sec-Fetch-Site, an opaque origin cannot be told apart from another site's.
                request.Headers.Add("Origin", "null");
                request.Content = JsonContent.Create(new { });
                break;
            case "same-site":
                request.Headers.Add("Sec-Fetch-Site", "same-site");
                request.Content = JsonContent.Create(new { });
                break;
            case "form":
                request.Content = new FormUrlEncodedContent([new("reason", "x")]);
                break;
            case "multipart":
                request.Content = new MultipartFormDataContent { { new StringContent("x"), "reason" } };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(attack), attack, null);
        }

        return request;
    }
}
