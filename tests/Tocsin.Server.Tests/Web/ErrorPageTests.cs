using System.Net;
using System.Net.Http.Headers;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Web;

/// <summary>A browser asking for HTML gets a page a person can read; API and TAXII clients keep problem details
/// and TAXII errors, whatever they accept.</summary>
public sealed class ErrorPageTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/en/levels/no-such-scheme")]
    public async Task A_browser_gets_an_HTML_404_page(string path)
    {
        using var browser = app.CreateBrowserClient();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.NotFound, await browser.GetAsync(new Uri(path, UriKind.Relative), Ct), "text/html");

        Assert.Contains("Page not found", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_not_asking_for_HTML_keeps_its_problem_details()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative), Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, response, "application/problem+json");
    }

    [Fact]
    public async Task The_API_answers_a_browser_with_problem_details()
    {
        using var browser = app.CreateBrowserClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("*/*;q=0.8"); // as browsers send it

        var response = await browser.GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative), Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, response, "application/problem+json");
    }

    [Fact]
    public async Task TAXII_answers_a_browser_with_its_own_error()
    {
        using var browser = app.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/taxii2/");
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/taxii+json;version=2.1"));

        var response = await browser.SendAsync(request, Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, false), (response.StatusCode, response.Content.Headers.ContentType?.MediaType == "text/html"));
    }

    [Fact]
    public async Task A_staff_page_the_role_does_not_open_is_an_HTML_403_page()
    {
        var name = Some.Alias("approver");
        await app.AddUserAsync(name, Role.Approver, "error-page-password");
        using var browser = app.CreateBrowserClient();
        await BrowserForms.SignInAsync(browser, name, "error-page-password");

        var body = await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await browser.GetAsync(new Uri("/analyst/ingest", UriKind.Relative), Ct), "text/html");

        Assert.Contains("Not allowed", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_page_without_a_session_redirects_to_sign_in()
    {
        using var browser = app.CreateBrowserClient();

        var response = await browser.GetAsync(new Uri("/analyst/ingest", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.Redirect, "/account/signin"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task The_error_page_asked_for_directly_keeps_its_status()
    {
        using var browser = app.CreateBrowserClient();

        var response = await browser.GetAsync(new Uri("/error/500", UriKind.Relative), Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.InternalServerError, response, "text/html");
    }
}
