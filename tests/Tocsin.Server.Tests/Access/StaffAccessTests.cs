using System.Net;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Access;

/// <summary>Internal endpoints are for staff: a User principal with a role. Partners and anonymous callers are
/// refused on every one of them, found from the application's own endpoint list.</summary>
public sealed class StaffAccessTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    /// <summary>What anyone may call without credentials. Everything else outside TAXII and the web application
    /// (its own tests: Web/WebAccessTests) is internal.</summary>
    private static readonly HashSet<string> Public = new(StringComparer.Ordinal)
    {
        "GET /health", "GET /health/live", "GET /health/ready",
        "GET /.well-known/tocsin/keys.json", "GET /openapi/{documentName}.json",
        // The API viewer: a page and its files, showing the public description (docs/api.md).
        "GET /api/docs", "GET /api/docs/{file}",
        "GET /feeds/cap.atom", "GET /feeds/cap/{file}",
        "GET /api/v1/levels", "GET /api/v1/levels/point", "GET /api/v1/places", "GET /api/v1/schemes", "GET /api/v1/schemes/{id}",
        "GET /api/v1/territories/{id}/timeline", "GET /api/v1/audit/checkpoints",
        // The measures in force: public ones only, unless the caller is staff (docs/postures.md).
        "GET /api/v1/postures/in-force",
        // Authenticated by the subscriber's webhook signature, not by a principal (docs/publication.md).
        "POST /api/v1/acknowledgements",
    };

    /// <summary>What any authenticated principal, partners included, may call.</summary>
    private static readonly HashSet<string> AnyPrincipal = new(StringComparer.Ordinal) { "GET /api/v1/whoami" };

    [Fact]
    public async Task A_partner_cannot_read_drafts()
    {
        var key = await app.AddPartnerWithoutProfileAsync(Some.Alias("partner"));
        using var partner = app.CreateClient(key, string.Empty);

        var response = await partner.GetAsync(new Uri("/api/v1/drafts", UriKind.Relative), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response, "application/problem+json");
    }

    [Fact]
    public async Task A_partner_cannot_read_the_audit_head()
    {
        var key = await app.AddPartnerWithoutProfileAsync(Some.Alias("partner"));
        using var partner = app.CreateClient(key, string.Empty);

        var response = await partner.GetAsync(new Uri("/api/v1/audit/head", UriKind.Relative), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response, "application/problem+json");
    }

    [Fact]
    public async Task Staff_with_any_role_read_the_audit_head()
    {
        var name = Some.Alias("watch");
        await app.AddUserAsync(name, Role.WatchOfficer, "watch-officer-password");
        using var staff = app.CreateClient(name, "watch-officer-password");

        var response = await staff.GetAsync(new Uri("/api/v1/audit/head", UriKind.Relative), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
    }

    [Fact]
    public async Task Every_internal_endpoint_refuses_a_partner_with_a_403_problem()
    {
        var key = await app.AddPartnerWithoutProfileAsync(Some.Alias("partner"));
        using var partner = app.CreateClient(key, string.Empty);
        var answers = new List<string>();

        foreach (var route in InternalRoutes())
        {
            using var response = await partner.SendAsync(Request(route), TestContext.Current.CancellationToken);
            answers.Add($"{route} -> {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
        }

        Assert.All(answers, a => Assert.EndsWith("-> 403 application/problem+json", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_internal_endpoint_refuses_an_anonymous_caller_with_a_401_challenge()
    {
        using var anonymous = app.CreateClient();
        var answers = new List<string>();

        foreach (var route in InternalRoutes())
        {
            using var response = await anonymous.SendAsync(Request(route), TestContext.Current.CancellationToken);
            answers.Add($"{route} -> {(int)response.StatusCode} {response.Headers.WwwAuthenticate.FirstOrDefault()?.Scheme}");
        }

        Assert.All(answers, a => Assert.EndsWith("-> 401 Basic", a, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Role.WatchOfficer, "POST", "/api/v1/drafts")]
    [InlineData(Role.Approver, "POST", "/api/v1/tearlines")]
    [InlineData(Role.Analyst, "GET", "/api/v1/partners")]
    [InlineData(Role.Analyst, "GET", "/api/v1/subscribers")]
    [InlineData(Role.Analyst, "GET", "/api/v1/publications/x/deliveries")]
    public async Task Staff_without_the_role_are_refused_with_a_403_problem(Role role, string method, string path)
    {
        var name = Some.Alias("staff");
        await app.AddUserAsync(name, role, "staff-member-password");
        using var staff = app.CreateClient(name, "staff-member-password");

        var response = await staff.SendAsync(Request(new MappedRoute(method, path)), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response, "application/problem+json");
    }

    [Fact]
    public async Task The_OpenAPI_document_states_who_may_call_each_operation()
    {
        using var client = app.CreateClient();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));

        var operations = JsonDocument.Parse(body).RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Name: $"{o.Name.ToUpperInvariant()} {p.Name.TrimEnd('/')}", Operation: o.Value)))
            .ToList();
        Assert.Contains(operations, o => o.Name == "GET /api/v1/drafts" && o.Operation.GetProperty("x-tocsin-access").GetString() == "staff: any staff role");
        Assert.All(operations, o => Assert.True(o.Operation.TryGetProperty("x-tocsin-access", out _), o.Name));
    }

    private List<MappedRoute> InternalRoutes()
    {
        var routes = app.Routes()
            .Where(r => !r.Pattern.StartsWith("/taxii2", StringComparison.Ordinal))
            .Where(r => !Public.Contains(r.ToString()) && !AnyPrincipal.Contains(r.ToString()))
            .ToList();
        Assert.Contains(routes, r => r.Pattern == "/api/v1/drafts"); // the list is the application's, not empty
        return routes;
    }

    private static HttpRequestMessage Request(MappedRoute route)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), route.SampleUri());
        if (route.ChangesState)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }
}
