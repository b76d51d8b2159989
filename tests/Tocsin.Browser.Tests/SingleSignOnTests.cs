using Microsoft.Playwright;
using Tocsin.Core.Principals;
using Tocsin.Testing.Oidc;

namespace Tocsin.Browser.Tests;

/// <summary>Single sign-on as a person meets it in Chromium: the button, the provider, back signed in; and
/// signing out through the provider.</summary>
public sealed class SingleSignOnTests(SingleSignOnServer server, BrowserSession browser)
    : IClassFixture<SingleSignOnServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_button_goes_to_the_provider_and_comes_back_signed_in_with_the_mapped_role()
    {
        var page = await browser.NewPageAsync(); // skips, or fails under CI, when Chromium is missing
        var name = "sso-" + Guid.NewGuid().ToString("N")[..8];
        await server.AddUserAsync(name, Role.WatchOfficer);
        server.Provider.User = OidcTestUser.Named(name, "tocsin-approver") with { Methods = ["pwd", "mfa"] }; // the provider did the second factor approvers need
        await page.GotoAsync(new Uri(server.BaseAddress, "/account/signin?returnUrl=%2Fdecisions").ToString());

        var button = await page.Locator("#signin-oidc").TextContentAsync();
        var toProvider = await page.RunAndWaitForRequestAsync(() => page.ClickAsync("#signin-oidc"),
            r => r.Url.StartsWith(server.Provider.Authority + "connect/authorize", StringComparison.Ordinal));
        await SignIn.UntilAsync(page, url => url.EndsWith("/decisions", StringComparison.Ordinal));
        var decisions = await page.GotoAsync(new Uri(server.BaseAddress, "/decisions").ToString());

        Assert.Equal("Sign in with Test Provider", button);
        Assert.Contains("code_challenge=", toProvider.Url, StringComparison.Ordinal);
        Assert.Equal(200, decisions!.Status);
        Assert.Equal([Role.Approver], await server.RolesAsync(name));
    }

    [Fact]
    public async Task Signing_out_passes_by_the_provider_and_ends_on_the_sign_in_page()
    {
        var page = await browser.NewPageAsync();
        var name = "sso-out-" + Guid.NewGuid().ToString("N")[..8];
        await server.AddUserAsync(name, Role.Approver);
        server.Provider.User = OidcTestUser.Named(name, "tocsin-approver") with { Methods = ["pwd", "mfa"] }; // the provider did the second factor approvers need
        await page.GotoAsync(new Uri(server.BaseAddress, "/account/signin").ToString());
        await page.ClickAsync("#signin-oidc");
        await SignIn.UntilAsync(page, url => url.EndsWith("/account", StringComparison.Ordinal));
        var before = server.Provider.EndSessionRequests;

        await page.ClickAsync(".signed-in button[type=submit]");
        await SignIn.UntilAsync(page, url => url.Contains("/account/signin?signedOut=true", StringComparison.Ordinal));
        var account = await page.GotoAsync(new Uri(server.BaseAddress, "/account").ToString());

        Assert.Equal(before + 1, server.Provider.EndSessionRequests);
        Assert.Contains("/account/signin", account!.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_with_its_button_and_the_refusal_page_have_no_serious_violation()
    {
        var page = await browser.NewPageAsync();
        var found = new List<string>();
        foreach (var path in new[] { "/account/signin", "/account/oidc/error?reason=unknown-user", "/account/oidc/error?reason=failed" })
        {
            await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            found.AddRange(await Axe.OnPageAsync(page, path));
        }

        Assert.Empty(found);
    }
}
