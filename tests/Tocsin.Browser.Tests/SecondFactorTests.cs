using Microsoft.Playwright;
using Tocsin.Core.Factors;
using Tocsin.Core.Principals;

namespace Tocsin.Browser.Tests;

/// <summary>The second factor as a person meets it in Chromium: a passkey registered on the security page with the
/// browser's virtual authenticator (WebAuthn over CDP), then used to sign in; an authenticator app set up from
/// the key the page shows, then its code used to sign in. The pages are opened at <c>localhost</c>, a valid
/// WebAuthn relying party id (an IP address is not).</summary>
public sealed class SecondFactorTests(RunningServer server, BrowserSession browser)
    : IClassFixture<RunningServer>, IClassFixture<BrowserSession>
{
    private const string Password = "second-factor-password";

    private Uri Origin => new($"http://localhost:{server.BaseAddress.Port}");

    [Fact]
    public async Task A_passkey_registered_on_the_security_page_then_signs_in()
    {
        var (page, name) = await NewUserPageAsync();
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        await SignIn.AsAsync(page, Origin, name, Password);

        await page.GotoAsync(new Uri(Origin, "/account/security").ToString());
        await page.FillAsync("#passkey-name", "test key");
        await page.ClickAsync("#passkey-add");
        await page.Locator("#passkey-list li", new() { HasText = "test key" }).WaitForAsync();
        await page.ClickAsync(".signed-in button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));
        await PasswordThenSecondStepAsync(page, name);
        var second = page.Url;
        await page.ClickAsync("#passkey-verify");
        await page.WaitForURLAsync(url => url.EndsWith("/account", StringComparison.Ordinal));

        Assert.Contains("/account/verify", second, StringComparison.Ordinal);
        Assert.Contains(name, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authenticator_app_set_up_from_the_page_then_signs_in_with_its_code()
    {
        var (page, name) = await NewUserPageAsync();
        await SignIn.AsAsync(page, Origin, name, Password);

        await page.GotoAsync(new Uri(Origin, "/account/security").ToString());
        await page.ClickAsync("#totp-setup");
        var secret = Base32.Decode((await page.Locator("#totp-secret").TextContentAsync())!)!;
        await page.FillAsync("#enrol-code", Totp.CodeAt(secret, Totp.StepAt(TimeProvider.System.GetUtcNow())));
        await page.ClickAsync("#enrol-submit");
        await page.Locator("#recovery-codes li").First.WaitForAsync();
        var codes = await page.Locator("#recovery-codes li").CountAsync();
        await page.ClickAsync(".signed-in button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));
        await PasswordThenSecondStepAsync(page, name);
        var second = page.Url;
        // The code of the next step: the one used to set up is spent, and the next is accepted early (one step of drift).
        await page.FillAsync("#verify-code", Totp.CodeAt(secret, Totp.StepAt(TimeProvider.System.GetUtcNow()) + 1));
        await page.ClickAsync("#verify-submit");
        await page.WaitForURLAsync(url => url.EndsWith("/account", StringComparison.Ordinal));

        Assert.Equal(10, codes);
        Assert.Contains("/account/verify", second, StringComparison.Ordinal);
    }

    // The password form, then the second step it leads to instead of the account page.
    private async Task PasswordThenSecondStepAsync(IPage page, string name)
    {
        await page.GotoAsync(new Uri(Origin, "/account/signin").ToString());
        await page.FillAsync("#signin-user", name);
        await page.FillAsync("#signin-password", Password);
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/account/verify", StringComparison.Ordinal), new() { Timeout = 90_000 });
    }

    private async Task<(IPage Page, string Name)> NewUserPageAsync()
    {
        await browser.NewPageAsync(); // skips, or fails under CI, when Chromium is missing
        var name = "factor-" + Guid.NewGuid().ToString("N")[..8];
        await server.AddUserAsync(name, Role.Analyst, Password);
        var page = await (await browser.NewContextAsync(new() { Locale = "en-GB" })).NewPageAsync();
        return (page, name);
    }
}
