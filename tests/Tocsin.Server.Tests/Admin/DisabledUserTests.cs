using System.Net;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Admin;

/// <summary>Disabling a user by API: no password, key or session of theirs works from then on, enabling restores them,
/// nobody disables themselves or the last enabled administrator, and only administrators may.</summary>
public sealed class DisabledUserTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task A_disabled_user_signs_in_neither_with_a_password_nor_with_a_key_until_enabled()
    {
        using var admin = await AdminAsync();
        var name = Some.Alias("analyst");
        await app.AddUserAsync(name, Role.Analyst, AdminSignIn.Password);
        using var password = app.CreateClient(name, AdminSignIn.Password);
        var holder = Some.Alias("keyed");
        var key = await app.AddUserWithKeyAsync(holder, Role.Analyst);
        using var keyed = app.CreateClient(key, string.Empty);
        var before = ((await password.GetAsync(Url("/api/v1/whoami"), Ct)).StatusCode, (await keyed.GetAsync(Url("/api/v1/whoami"), Ct)).StatusCode);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PostAsync(Url($"/api/v1/users/{name}/disable"), null, Ct));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PostAsync(Url($"/api/v1/users/{holder}/disable"), null, Ct));
        var during = ((await password.GetAsync(Url("/api/v1/whoami"), Ct)).StatusCode, (await keyed.GetAsync(Url("/api/v1/whoami"), Ct)).StatusCode);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PostAsync(Url($"/api/v1/users/{name}/enable"), null, Ct));
        var after = (await password.GetAsync(Url("/api/v1/whoami"), Ct)).StatusCode;

        Assert.Equal(((HttpStatusCode.OK, HttpStatusCode.OK), (HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), HttpStatusCode.OK),
            (before, during, after));
    }

    [Fact]
    public async Task A_session_ends_on_its_next_request_once_its_user_is_disabled()
    {
        using var admin = await AdminAsync();
        var (name, browser) = await AdminSignIn.AsAsync(app, Role.Analyst);
        using (browser)
        {
            var before = (await browser.GetAsync(Url("/analyst/search"), Ct)).StatusCode;

            await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PostAsync(Url($"/api/v1/users/{name}/disable"), null, Ct));
            var after = await browser.GetAsync(Url("/analyst/search"), Ct);

            Assert.Equal((HttpStatusCode.OK, true), (before, after.StatusCode != HttpStatusCode.OK
                || after.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/account/sign-in", StringComparison.Ordinal) == true
                || after.Headers.Location?.OriginalString.Contains("sign-in", StringComparison.Ordinal) == true));
        }
    }

    [Fact]
    public async Task An_administrator_cannot_disable_themselves()
    {
        var name = Some.Alias("admin");
        await app.AddUserAsync(name, Role.Admin, AdminSignIn.Password);
        await app.AddUserAsync(Some.Alias("other-admin"), Role.Admin, AdminSignIn.Password);
        using var admin = app.CreateClient(name, AdminSignIn.Password);

        var refused = await admin.PostAsync(Url($"/api/v1/users/{name}/disable"), null, Ct);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Conflict, refused, "application/problem+json")).RootElement;
        Assert.Equal(("user-disable-self", HttpStatusCode.OK),
            (problem.GetProperty("code").GetString(), (await admin.GetAsync(Url("/api/v1/users"), Ct)).StatusCode));
    }

    [Fact]
    public async Task Only_administrators_disable_and_unknown_users_are_404()
    {
        using var admin = await AdminAsync();
        var analyst = Some.Alias("analyst");
        await app.AddUserAsync(analyst, Role.Analyst, AdminSignIn.Password);
        var partner = Some.Alias("partner");
        await app.AddPartnerWithPasswordAsync(partner, AdminSignIn.Password);
        using var anonymous = app.CreateClient();
        using var staff = app.CreateClient(analyst, AdminSignIn.Password);
        using var service = app.CreateClient(partner, AdminSignIn.Password);

        var statuses = new[]
        {
            (await anonymous.PostAsync(Url($"/api/v1/users/{analyst}/disable"), null, Ct)).StatusCode,
            (await staff.PostAsync(Url($"/api/v1/users/{analyst}/disable"), null, Ct)).StatusCode,
            (await service.PostAsync(Url($"/api/v1/users/{analyst}/disable"), null, Ct)).StatusCode,
            (await admin.PostAsync(Url($"/api/v1/users/{Some.Alias("nobody")}/disable"), null, Ct)).StatusCode,
            (await admin.PostAsync(Url($"/api/v1/users/{partner}/enable"), null, Ct)).StatusCode,
        };

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.NotFound], statuses);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(Url("/api/v1/whoami"), Ct)).StatusCode);
    }

    private async Task<HttpClient> AdminAsync()
    {
        var name = Some.Alias("admin");
        await app.AddUserAsync(name, Role.Admin, AdminSignIn.Password);
        return app.CreateClient(name, AdminSignIn.Password);
    }
}
