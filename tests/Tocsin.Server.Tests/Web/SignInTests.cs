using System.Net;
using System.Net.Http.Json;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Web;

/// <summary>The browser sign-in: the same principals, password hashes and throttle as Basic; a session cookie that
/// opens the staff pages and nothing else without the page's antiforgery token.</summary>
public sealed class SignInTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Password = "sign-in-password";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_staff_page_sends_an_anonymous_browser_to_sign_in_and_back()
    {
        using var browser = app.CreateBrowserClient();

        var response = await browser.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.Redirect, "/account/signin?returnUrl=%2Faccount"),
            (response.StatusCode, response.Headers.Location?.PathAndQuery));
    }

    [Fact]
    public async Task Signing_in_opens_the_staff_pages_showing_who_and_which_role()
    {
        var name = await UserAsync(Role.Approver);
        using var browser = app.CreateBrowserClient();

        var signIn = await BrowserForms.SignInAsync(browser, name, Password, "/account");
        var page = await HttpAssert.StatusAsync(HttpStatusCode.OK, await browser.GetAsync(new Uri("/account", UriKind.Relative), Ct), "text/html");

        Assert.Equal((HttpStatusCode.Redirect, "/account", true, true),
            (signIn.StatusCode, signIn.Headers.Location?.AbsolutePath, page.Contains(name, StringComparison.Ordinal), page.Contains("approver", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_session_cookie_is_HttpOnly_and_SameSite_Strict()
    {
        var name = await UserAsync(Role.Analyst);
        using var browser = app.CreateBrowserClient();

        var signIn = await BrowserForms.SignInAsync(browser, name, Password);

        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tocsin-session=", StringComparison.Ordinal));
        Assert.True(cookie.Contains("httponly", StringComparison.OrdinalIgnoreCase) && cookie.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase), cookie);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_opens_nothing()
    {
        var name = await UserAsync(Role.Analyst);
        using var browser = app.CreateBrowserClient();

        var signIn = await BrowserForms.SignInAsync(browser, name, "not-the-password");
        var after = await browser.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Redirect), (signIn.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task Repeated_failures_are_throttled_even_with_the_right_password_then()
    {
        var name = await UserAsync(Role.Analyst);
        using var browser = app.CreateBrowserClient("203.0.113.77");
        for (var i = 0; i < Auth.LoginThrottle.FreeFailures; i++)
        {
            await BrowserForms.SignInAsync(browser, name, "not-the-password");
        }

        var response = await BrowserForms.SignInAsync(browser, name, Password);

        Assert.Equal((HttpStatusCode.TooManyRequests, true), (response.StatusCode, response.Headers.RetryAfter is not null));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_signs_nobody_in()
    {
        var name = await UserAsync(Role.Analyst);
        using var browser = app.CreateBrowserClient();

        var response = await browser.PostAsync(new Uri("/account/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["Form.UserName"] = name,
            ["Form.Password"] = Password,
        }), Ct);

        Assert.Equal((HttpStatusCode.BadRequest, false), (response.StatusCode, response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("tocsin-session=", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_ignored()
    {
        var name = await UserAsync(Role.Analyst);
        using var browser = app.CreateBrowserClient();

        var response = await BrowserForms.SignInAsync(browser, name, Password, "//evil.example/phish");

        Assert.Equal(("localhost", "/account"), (response.Headers.Location?.Host, response.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task A_partner_cannot_sign_in_to_the_staff_pages()
    {
        var partner = Some.Alias("partner");
        await app.AddPartnerWithPasswordAsync(partner, Password);
        using var browser = app.CreateBrowserClient();

        var response = await BrowserForms.SignInAsync(browser, partner, Password);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_does_not_authenticate_the_JSON_API_without_the_page_token()
    {
        using var browser = await SignedInAsync(Role.Analyst);

        var response = await browser.PostAsJsonAsync(new Uri("/api/v1/drafts", UriKind.Relative), new { text = "A report.", source = "AFP" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_with_a_forged_token_is_refused_by_the_JSON_API()
    {
        using var browser = await SignedInAsync(Role.Analyst);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/drafts") { Content = JsonContent.Create(new { text = "A report.", source = "AFP" }) };
        request.Headers.Add("RequestVerificationToken", "forged");

        var response = await browser.SendAsync(request, Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response, "application/problem+json");
    }

    [Fact]
    public async Task The_page_token_lets_the_page_call_the_JSON_API_with_the_session()
    {
        using var browser = await SignedInAsync(Role.Analyst);
        var page = await browser.GetStringAsync(new Uri("/analyst/ingest", UriKind.Relative), Ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/drafts") { Content = Ingest.Reports.CrocusJson() };
        request.Headers.Add("RequestVerificationToken", BrowserForms.Token(page));

        var response = await browser.SendAsync(request, Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.Created, response);
    }

    [Fact]
    public async Task The_session_cookie_never_authenticates_TAXII()
    {
        using var browser = await SignedInAsync(Role.Analyst);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/taxii2/");
        request.Headers.Accept.ParseAdd("application/taxii+json;version=2.1");
        request.Headers.Add("RequestVerificationToken", "any");

        var response = await browser.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = await SignedInAsync(Role.Analyst);
        var account = await browser.GetStringAsync(new Uri("/account", UriKind.Relative), Ct);

        var signOut = await browser.PostAsync(new Uri("/account/signout", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = BrowserForms.Token(account) }), Ct);
        var after = await browser.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (signOut.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task Signing_out_without_the_token_is_refused_and_keeps_the_session()
    {
        using var browser = await SignedInAsync(Role.Analyst);

        var signOut = await browser.PostAsync(new Uri("/account/signout", UriKind.Relative), new FormUrlEncodedContent([]), Ct);
        var after = await browser.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.OK), (signOut.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task A_removed_user_is_signed_out_at_the_next_request()
    {
        var name = await UserAsync(Role.Analyst);
        using var browser = app.CreateBrowserClient();
        await BrowserForms.SignInAsync(browser, name, Password);

        await app.RemovePrincipalAsync(name);
        var after = await browser.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    private async Task<string> UserAsync(Role role)
    {
        var name = Some.Alias("web");
        await app.AddUserAsync(name, role, Password);
        return name;
    }

    private async Task<HttpClient> SignedInAsync(Role role)
    {
        var name = await UserAsync(role);
        var browser = app.CreateBrowserClient();
        var response = await BrowserForms.SignInAsync(browser, name, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }
}
