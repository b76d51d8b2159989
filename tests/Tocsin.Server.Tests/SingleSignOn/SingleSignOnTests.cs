using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Server.Auth;
using Tocsin.Server.Auth.SingleSignOn;
using Tocsin.Storage;
using Tocsin.Testing;
using Tocsin.Testing.Oidc;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tocsin.Server.Tests.SingleSignOn;

/// <summary>OpenID Connect sign-in against a real provider (OpenIddict on loopback), over the embedded store.</summary>
public sealed class SingleSignOnTests : IAsyncLifetime
{
    private OidcTestProvider _provider = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _provider = await OidcTestProvider.StartAsync();

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();

    [Fact]
    public async Task A_known_user_signs_in_with_roles_from_the_provider_and_the_change_is_audited()
    {
        await using var app = SingleSignOnApp.Start(_provider);
        var name = Some.Alias("ada");
        await AddAsync(app, name, PrincipalKind.User, Role.WatchOfficer);
        _provider.User = OidcTestUser.Named(name, "tocsin-analyst", "tocsin-approver", "not-a-tocsin-role");
        using var journey = new SignInJourney(app, _provider);

        var landing = await journey.SignInAsync("/account");
        var account = await journey.Tocsin.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Contains("url=/account", await landing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(name, await account.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var stored = await Store(app).FindPrincipalAsync(name, Ct);
        Assert.Equal([Role.Analyst, Role.Approver], stored!.Roles);
        var entry = await LastAuditAsync(app);
        Assert.Equal((AuditActions.PrincipalRoles, "oidc:" + _provider.Authority), (entry.Action, entry.Actor));
        var details = JsonDocument.Parse(entry.Details).RootElement;
        Assert.Equal("[\"analyst\",\"approver\"]|[\"watch-officer\"]",
            details.GetProperty("roles").GetRawText() + "|" + details.GetProperty("previous").GetRawText());
    }

    [Fact]
    public async Task The_request_to_the_provider_carries_PKCE_state_and_nonce_and_comes_back_under_account()
    {
        await using var app = SingleSignOnApp.Start(_provider);
        var name = Some.Alias("pkce");
        await AddAsync(app, name, PrincipalKind.User, Role.Analyst);
        _provider.User = OidcTestUser.Named(name, "tocsin-analyst");
        using var journey = new SignInJourney(app, _provider);

        await journey.SignInAsync();

        var authorize = journey.Visited.Single(u => u.AbsolutePath == "/connect/authorize");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorize.Query);
        // No response_mode: the query string is the code flow's default answer (never a cross-site form post).
        Assert.Equal(("code", "S256", false), (query["response_type"].ToString(), query["code_challenge_method"].ToString(), query.ContainsKey("response_mode")));
        Assert.All(new[] { "code_challenge", "state", "nonce" }, p => Assert.False(string.IsNullOrEmpty(query[p])));
        Assert.Equal("http://localhost" + SingleSignOnPaths.Callback, query["redirect_uri"].ToString());
    }

    [Fact]
    public async Task The_provider_roles_claim_is_ignored_when_no_roles_claim_is_configured()
    {
        await using var app = TocsinApp.WithSettings([.. SingleSignOnApp.Settings(_provider).Where(s => !s.Key.Contains("Roles", StringComparison.Ordinal))]);
        var name = Some.Alias("keeps");
        await AddAsync(app, name, PrincipalKind.User, Role.WatchOfficer);
        _provider.User = OidcTestUser.Named(name, "tocsin-admin");
        using var journey = new SignInJourney(app, _provider);
        var sequence = await app.AuditSequenceAsync();

        await journey.SignInAsync();

        Assert.Equal([Role.WatchOfficer], (await Store(app).FindPrincipalAsync(name, Ct))!.Roles);
        Assert.NotNull(journey.Session());
        Assert.Equal(sequence, await app.AuditSequenceAsync());
    }

    [Fact]
    public async Task An_unknown_user_is_refused_when_provisioning_links_existing_users_only_and_nothing_is_created()
    {
        await using var app = SingleSignOnApp.Start(_provider);
        var name = Some.Alias("stranger");
        _provider.User = OidcTestUser.Named(name, "tocsin-admin");
        using var journey = new SignInJourney(app, _provider);
        var sequence = await AuditSequenceAsync(app);

        var page = await journey.SignInAsync();

        await AssertRefusedAsync(page, "unknown-user", HttpStatusCode.Forbidden, journey);
        Assert.Null(await Store(app).FindPrincipalAsync(name, Ct));
        Assert.Equal(sequence, await AuditSequenceAsync(app));
    }

    [Fact]
    public async Task Create_mode_creates_the_user_with_the_mapped_roles()
    {
        await using var app = SingleSignOnApp.Start(_provider, "Create");
        var name = Some.Alias("grace");
        _provider.User = OidcTestUser.Named(name, "tocsin-analyst");
        using var journey = new SignInJourney(app, _provider);

        await journey.SignInAsync();
        var account = await journey.Tocsin.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        var created = await Store(app).FindPrincipalAsync(name, Ct);
        Assert.Equal(PrincipalKind.User, created!.Kind);
        Assert.Equal([Role.Analyst], created.Roles);
        Assert.Null(await Store(app).PasswordHashAsync(created.Id, Ct));
        var entry = await LastAuditAsync(app);
        Assert.Equal((AuditActions.PrincipalAdd, created.Id.ToString("D")), (entry.Action, entry.Subject));
    }

    [Fact]
    public async Task Create_mode_creates_nobody_without_a_mapped_role()
    {
        await using var app = SingleSignOnApp.Start(_provider, "Create");
        var name = Some.Alias("norole");
        _provider.User = OidcTestUser.Named(name, "something-else");
        using var journey = new SignInJourney(app, _provider);
        var sequence = await AuditSequenceAsync(app);

        var page = await journey.SignInAsync();

        await AssertRefusedAsync(page, "not-staff", HttpStatusCode.Forbidden, journey);
        Assert.Null(await Store(app).FindPrincipalAsync(name, Ct));
        Assert.Equal(sequence, await AuditSequenceAsync(app));
    }

    [Fact]
    public async Task A_user_whose_provider_roles_map_to_none_loses_the_roles_and_gets_no_session()
    {
        await using var app = SingleSignOnApp.Start(_provider);
        var name = Some.Alias("demoted");
        await AddAsync(app, name, PrincipalKind.User, Role.Admin);
        _provider.User = OidcTestUser.Named(name);
        using var journey = new SignInJourney(app, _provider);

        var page = await journey.SignInAsync();

        await AssertRefusedAsync(page, "not-staff", HttpStatusCode.Forbidden, journey);
        Assert.Empty((await Store(app).FindPrincipalAsync(name, Ct))!.Roles);
        Assert.Equal(AuditActions.PrincipalRoles, (await LastAuditAsync(app)).Action);
    }

    [Fact]
    public async Task A_partner_can_never_sign_in_this_way_and_nothing_changes()
    {
        await using var app = SingleSignOnApp.Start(_provider, "Create");
        var name = Some.Alias("partner");
        await AddAsync(app, name, PrincipalKind.Partner);
        _provider.User = OidcTestUser.Named(name, "tocsin-admin");
        using var journey = new SignInJourney(app, _provider);
        var sequence = await AuditSequenceAsync(app);

        var page = await journey.SignInAsync();

        await AssertRefusedAsync(page, "not-staff", HttpStatusCode.Forbidden, journey);
        Assert.Empty((await Store(app).FindPrincipalAsync(name, Ct))!.Roles);
        Assert.Equal(sequence, await AuditSequenceAsync(app));
    }

    [Fact]
    public async Task A_forged_state_is_refused()
    {
        await using var app = await KnownUserAppAsync();
        using var journey = new SignInJourney(app, _provider)
        {
            AlterCallback = uri => new Uri(uri.ToString().Replace("state=", "state=x", StringComparison.Ordinal)),
        };

        await AssertRefusedAsync(await journey.SignInAsync(), "failed", HttpStatusCode.Unauthorized, journey);
    }

    public static TheoryData<string> ForgedTokens => ["nonce", "audience", "expired"];

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task An_ID_token_Tocsin_did_not_ask_for_is_refused(string forgery)
    {
        await using var app = await KnownUserAppAsync();
        _provider.AlterIdentityToken = forgery switch
        {
            "nonce" => token => token.SetClaim(Claims.Nonce, "a-nonce-tocsin-never-sent"),
            "audience" => token => token.SetAudiences("another-client"),
            _ => token => token.SetCreationDate(TimeProvider.System.GetUtcNow().AddHours(-2)).SetExpirationDate(TimeProvider.System.GetUtcNow().AddHours(-1)),
        };
        using var journey = new SignInJourney(app, _provider);

        await AssertRefusedAsync(await journey.SignInAsync(), "failed", HttpStatusCode.Unauthorized, journey);
    }

    [Fact]
    public async Task A_refusal_at_the_provider_says_so()
    {
        await using var app = await KnownUserAppAsync();
        _provider.User = null;
        using var journey = new SignInJourney(app, _provider);

        await AssertRefusedAsync(await journey.SignInAsync(), "denied", HttpStatusCode.Unauthorized, journey);
    }

    [Theory]
    [InlineData("mfa", true)]
    [InlineData("hwk", true)]
    [InlineData("pwd", false)]
    public async Task A_second_factor_at_the_provider_counts_as_Tocsins_own(string method, bool counts)
    {
        await using var app = SingleSignOnApp.Start(_provider);
        var name = Some.Alias("amr");
        await AddAsync(app, name, PrincipalKind.User, Role.Approver);
        _provider.User = OidcTestUser.Named(name, "tocsin-approver") with { Methods = ["pwd", method] };
        using var journey = new SignInJourney(app, _provider);
        var before = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();

        await journey.SignInAsync();

        var session = journey.Session()!.Principal;
        Assert.Equal(new[] { "pwd", method }.Distinct(), session.FindAll(SessionClaims.Method).Select(c => c.Value));
        var at = session.FindFirst(SessionClaims.SecondFactorAt)?.Value;
        Assert.Equal(counts, at is not null);
        if (at is not null)
        {
            Assert.InRange(long.Parse(at, System.Globalization.CultureInfo.InvariantCulture), before, before + 60);
        }
    }

    [Theory]
    [InlineData("pwd", false)]
    [InlineData("mfa", true)]
    public async Task Where_a_second_factor_is_required_a_provider_without_one_leads_to_Tocsins_own_step_and_no_session(string method, bool session)
    {
        await using var app = SingleSignOnApp.Start(_provider, "LinkExisting", new KeyValuePair<string, string>("Tocsin:Auth:SecondFactor:RequiredRoles", "approver, admin"));
        var name = Some.Alias("step");
        await AddAsync(app, name, PrincipalKind.User, Role.Approver);
        _provider.User = OidcTestUser.Named(name, "tocsin-approver") with { Methods = [method] };
        using var journey = new SignInJourney(app, _provider);

        var landing = await journey.SignInAsync("/decisions");
        var page = await landing.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Equal(session, journey.Session() is not null);
        Assert.Equal(session ? "url=/decisions" : "url=/account/enrol?returnUrl=%2Fdecisions",
            System.Net.WebUtility.HtmlDecode(page[page.IndexOf("url=", StringComparison.Ordinal)..page.IndexOf('"', page.IndexOf("url=", StringComparison.Ordinal))]));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_here_and_goes_on_to_the_provider()
    {
        await using var app = await KnownUserAppAsync();
        using var journey = new SignInJourney(app, _provider);
        await journey.SignInAsync();
        var account = await journey.Tocsin.GetStringAsync(new Uri("/account", UriKind.Relative), Ct);

        var signOut = await journey.Tocsin.PostAsync(new Uri("/account/signout", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Web.BrowserForms.Token(account) }), Ct);
        var page = await signOut.Content.ReadAsStringAsync(Ct);
        var after = await journey.Tocsin.GetAsync(new Uri("/account", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Redirect), (signOut.StatusCode, after.StatusCode));
        Assert.Contains("url=" + _provider.Authority + "connect/logout?client_id=tocsin", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_provider_and_a_password_sign_in_does_not_go_there_on_sign_out()
    {
        await using var app = SingleSignOnApp.Start(_provider);
        using var browser = app.CreateBrowserClient();

        var page = await browser.GetStringAsync(new Uri("/account/signin?returnUrl=%2Fanalyst%2Fingest", UriKind.Relative), Ct);

        Assert.Contains($"href=\"{SingleSignOnPaths.Start}?returnUrl=%2Fanalyst%2Fingest\"", page, StringComparison.Ordinal);
        Assert.Contains("Sign in with " + SingleSignOnApp.DisplayName, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_settings_there_is_no_button_and_no_single_sign_on_address()
    {
        await using var app = new TocsinApp();
        using var browser = app.CreateBrowserClient();

        var page = await browser.GetStringAsync(new Uri("/account/signin", UriKind.Relative), Ct);
        var start = await browser.GetAsync(new Uri(SingleSignOnPaths.Start, UriKind.Relative), Ct);

        Assert.DoesNotContain(SingleSignOnPaths.Start, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
    }

    private async Task<TocsinApp> KnownUserAppAsync()
    {
        var app = SingleSignOnApp.Start(_provider);
        var name = Some.Alias("known");
        await AddAsync(app, name, PrincipalKind.User, Role.Analyst);
        _provider.User = OidcTestUser.Named(name, "tocsin-analyst");
        return app;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage page, string reason, HttpStatusCode status, SignInJourney journey)
    {
        Assert.Equal(SingleSignOnPaths.Error + "?reason=" + reason, journey.Visited[^1].PathAndQuery);
        Assert.Equal(status, page.StatusCode);
        Assert.Null(journey.LastSessionCookie);
        var account = await journey.Tocsin.GetAsync(new Uri("/account", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    internal static ITocsinStore Store(TocsinApp app) => app.Services.GetRequiredService<ITocsinStore>();

    internal static async Task AddAsync(TocsinApp app, string name, PrincipalKind kind, params Role[] roles) =>
        (await Store(app).AddPrincipalAsync(name, kind, roles, passwordHash: null, Ct)).Value.ToString();

    private static async Task<long> AuditSequenceAsync(TocsinApp app) => (await Store(app).Audit.HeadAsync(Ct))?.Sequence ?? 0;

    internal static async Task<AuditEntry> LastAuditAsync(TocsinApp app) => (await Store(app).Audit.HeadAsync(Ct))!;
}
