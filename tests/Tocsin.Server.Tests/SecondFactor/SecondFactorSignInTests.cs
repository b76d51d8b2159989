using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Server.Tests.Web;

namespace Tocsin.Server.Tests.SecondFactor;

/// <summary>The sign-in with a second factor over HTTP: password, then a TOTP or recovery code; enrolment forced on an
/// approver who holds none; Basic calls with the code in a header.</summary>
public sealed class SecondFactorSignInTests(FactorApp app) : IClassFixture<FactorApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_password_alone_leads_to_the_second_step_and_a_totp_code_opens_the_session()
    {
        var name = await app.AddUserAsync(Role.Approver);
        var secret = await app.EnrolTotpAsync(name);
        using var browser = app.CreateBrowserClient();

        var signIn = await BrowserForms.SignInAsync(browser, name, FactorApp.Password, "/account");
        var before = await browser.GetAsync(new Uri("/account", UriKind.Relative), Ct);
        var verified = await FactorApp.PostFormAsync(browser, "/account/verify?returnUrl=%2Faccount", "verify", new() { ["Code"] = app.NextCode(secret), ["returnUrl"] = "/account" });
        var after = await browser.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.Equal("/account/verify?returnUrl=%2Faccount", signIn.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/account"), (verified.StatusCode, verified.Headers.Location?.PathAndQuery));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_and_a_replayed_code_are_refused()
    {
        var name = await app.AddUserAsync(Role.Analyst);
        var secret = await app.EnrolTotpAsync(name);
        var code = app.NextCode(secret);
        using (var first = app.CreateBrowserClient())
        {
            await BrowserForms.SignInAsync(first, name, FactorApp.Password);
            var accepted = await FactorApp.PostFormAsync(first, "/account/verify", "verify", new() { ["Code"] = code });
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using var second = app.CreateBrowserClient();
        await BrowserForms.SignInAsync(second, name, FactorApp.Password);
        var replayed = await FactorApp.PostFormAsync(second, "/account/verify", "verify", new() { ["Code"] = code });
        var wrong = await FactorApp.PostFormAsync(second, "/account/verify", "verify", new() { ["Code"] = "000000" == code ? "111111" : "000000" });
        var after = await second.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Redirect), (replayed.StatusCode, wrong.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var name = await app.AddUserAsync(Role.Approver);
        await app.EnrolTotpAsync(name);
        var codes = await app.IssueRecoveryCodesAsync(name);
        using (var first = app.CreateBrowserClient())
        {
            await BrowserForms.SignInAsync(first, name, FactorApp.Password);
            var accepted = await FactorApp.PostFormAsync(first, "/account/verify", "verify", new() { ["Code"] = codes[3].ToLowerInvariant() });
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(new Uri("/account", UriKind.Relative), Ct)).StatusCode);
        }

        using var second = app.CreateBrowserClient();
        await BrowserForms.SignInAsync(second, name, FactorApp.Password);
        var again = await FactorApp.PostFormAsync(second, "/account/verify", "verify", new() { ["Code"] = codes[3] });

        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task An_approver_without_a_factor_is_taken_to_enrol_then_shown_recovery_codes()
    {
        var name = await app.AddUserAsync(Role.Approver);
        using var browser = app.CreateBrowserClient();

        var signIn = await BrowserForms.SignInAsync(browser, name, FactorApp.Password, "/account");
        var page = await browser.GetStringAsync(new Uri("/account/enrol?returnUrl=%2Faccount", UriKind.Relative), Ct);
        var secret = Core.Factors.Base32.Decode(FactorApp.Field(page, "totp-secret"))!;
        app.Clock.Advance(Core.Factors.Totp.Period);
        var confirmed = await browser.PostAsync(new Uri("/account/enrol", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "enrol",
            ["__RequestVerificationToken"] = BrowserForms.Token(page),
            ["Pending"] = FactorApp.Field(page, "Pending"),
            ["Code"] = Core.Factors.Totp.CodeAt(secret, Core.Factors.Totp.StepAt(app.Clock.GetUtcNow())),
            ["returnUrl"] = "/account",
        }), Ct);
        var shown = await confirmed.Content.ReadAsStringAsync(Ct);
        var after = await browser.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.Equal("/account/enrol?returnUrl=%2Faccount", signIn.Headers.Location?.PathAndQuery);
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Count(shown, "<li><code>[A-Z2-7]{4}-"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task An_analyst_without_a_factor_signs_in_with_the_password_alone()
    {
        var name = await app.AddUserAsync(Role.Analyst);
        using var browser = app.CreateBrowserClient();

        var signIn = await BrowserForms.SignInAsync(browser, name, FactorApp.Password, "/account");

        Assert.Equal("/account", signIn.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task A_basic_password_of_an_approver_needs_a_code_in_the_header()
    {
        var name = await app.AddUserAsync(Role.Approver);
        var secret = await app.EnrolTotpAsync(name);
        using var client = app.CreateClient(name);

        using var bare = await client.GetAsync(new Uri("/api/v1/whoami", UriKind.Relative), Ct);
        var problem = await bare.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var code = app.NextCode(secret);
        using var withCode = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/whoami", UriKind.Relative)) { Headers = { { "Tocsin-Otp", code } } };
        using var accepted = await client.SendAsync(withCode, Ct);
        using var replay = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/whoami", UriKind.Relative)) { Headers = { { "Tocsin-Otp", code } } };
        using var replayed = await client.SendAsync(replay, Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, "second-factor-required"), (bare.StatusCode, problem.GetProperty("code").GetString()));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (accepted.StatusCode, replayed.StatusCode));
    }

    [Fact]
    public async Task A_taxii_request_without_the_code_gets_the_taxii_error_resource_and_with_it_is_answered()
    {
        var name = await app.AddUserAsync(Role.Approver);
        var secret = await app.EnrolTotpAsync(name);
        using var client = app.CreateClient(name);
        client.DefaultRequestHeaders.Accept.ParseAdd(Taxii.Taxii.MediaType + ";version=2.1");

        using var bare = await client.GetAsync(Taxii.Taxii.Url("/taxii2/"), Ct);
        var error = await Taxii.Taxii.ErrorAsync(HttpStatusCode.Unauthorized, bare);
        using var withCode = new HttpRequestMessage(HttpMethod.Get, Taxii.Taxii.Url("/taxii2/")) { Headers = { { "Tocsin-Otp", app.NextCode(secret) } } };
        using var accepted = await client.SendAsync(withCode, Ct);

        Assert.Equal("second-factor-required", error.GetProperty("error_code").GetString());
        Assert.StartsWith("Basic", bare.Headers.WwwAuthenticate.Single().Scheme, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task A_basic_password_of_an_approver_who_never_enrolled_is_refused()
    {
        var name = await app.AddUserAsync(Role.Approver);
        using var client = app.CreateClient(name);

        using var response = await client.GetAsync(new Uri("/api/v1/whoami", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
