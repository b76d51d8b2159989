using Microsoft.Playwright;
using Tocsin.Core.Principals;

namespace Tocsin.Browser.Tests;

/// <summary>The browser session's end and the sign-in throttle, as a person meets them.</summary>
public sealed class SessionTests(RunningServer server, BrowserSession browser)
    : IClassFixture<RunningServer>, IClassFixture<BrowserSession>
{
    private const string Password = "session-password";

    [Fact]
    public async Task Signing_out_ends_the_session_and_staff_pages_then_ask_to_sign_in()
    {
        var (page, _) = await NewUserPageAsync();
        await page.ClickAsync(".signed-in button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));
        var signedOut = await page.Locator(".form-status").IsVisibleAsync();

        await page.GotoAsync(new Uri(server.BaseAddress, "/decisions").ToString());

        Assert.Equal((true, true), (signedOut, page.Url.Contains("/account/signin?returnUrl=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Repeated_wrong_passwords_are_throttled_with_a_readable_message()
    {
        var (page, name) = await NewUserPageAsync(signIn: false);
        await page.GotoAsync(new Uri(server.BaseAddress, "/account/signin").ToString());
        // The back-off doubles from two seconds after the free failures, so on a slow machine an attempt may come
        // after one wait has run out and count as a plain failure; the next wait is then twice as long. Keep trying
        // until refused (a dozen attempts is far past the point where the wait outlasts any page round trip).
        var statuses = new List<int>();
        while (statuses.Count < 12 && (statuses.Count == 0 || statuses[^1] != 429))
        {
            await page.FillAsync("#signin-user", name);
            await page.FillAsync("#signin-password", "wrong-" + statuses.Count);
            var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("form button[type=submit]"),
                r => r.Url.Contains("/account/signin", StringComparison.Ordinal) && r.Request.Method == "POST");
            statuses.Add(response.Status);
            await page.Locator("#signin-error").WaitForAsync();
        }

        var message = await page.Locator("#signin-error").TextContentAsync();

        // The first free failures are never refused; the attempt that finally is refused says why in words.
        Assert.True(
            statuses.Count > 5 && statuses[^1] == 429 && !statuses.Take(5).Contains(429)
                && message!.Contains("Too many failed attempts", StringComparison.Ordinal),
            $"{string.Join(",", statuses)}: {message}");
    }

    private async Task<(IPage Page, string Name)> NewUserPageAsync(bool signIn = true)
    {
        await browser.NewPageAsync(); // skips, or fails under CI, when Chromium is missing
        var name = "session-" + Guid.NewGuid().ToString("N")[..8];
        await server.AddUserAsync(name, Role.Approver, Password);
        var page = await (await browser.NewContextAsync(new() { Locale = "en-GB" })).NewPageAsync();
        if (signIn)
        {
            await SignIn.AsAsync(page, server.BaseAddress, name, Password);
        }

        return (page, name);
    }
}
