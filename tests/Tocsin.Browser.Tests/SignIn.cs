using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>Signs a page in through the sign-in form, as a person does.</summary>
public static class SignIn
{
    // Hashing a password is deliberately slow, and a loaded two-core test machine makes it slower still:
    // the wait after submitting is longer than Playwright's default, and a form that answers with itself
    // (a refused sign-in) fails at once with the page's own message instead of waiting out the clock.
    private const float SubmitTimeoutMs = 90_000;

    /// <summary>Signs in and waits for the account page the form lands on by default.</summary>
    public static async Task AsAsync(IPage page, Uri server, string name, string password)
    {
        await SubmitAsync(page, server, name, password);
        Assert.EndsWith("/account", page.Url, StringComparison.Ordinal);
    }

    /// <summary>Signs in and waits until the page has left the sign-in form, wherever it lands.</summary>
    public static async Task AnywhereAsync(IPage page, Uri server, string name, string password) =>
        await SubmitAsync(page, server, name, password);

    /// <summary>Waits until the page's address satisfies <paramref name="wanted"/>, polling the address rather than
    /// awaiting a navigation event: a redirect may commit between a check of the address and the subscription to the
    /// next navigation, and a missed event would wait out the whole timeout.</summary>
    public static async Task UntilAsync(IPage page, Func<string, bool> wanted, float timeoutMs = SubmitTimeoutMs)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!wanted(page.Url))
        {
            if (waited.ElapsedMilliseconds > timeoutMs)
            {
                throw new TimeoutException($"The page stayed on {page.Url}.");
            }

            await Task.Delay(100);
        }

        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = timeoutMs });
    }

    private static async Task SubmitAsync(IPage page, Uri server, string name, string password)
    {
        await page.GotoAsync(new Uri(server, "/account/signin").ToString());
        await page.FillAsync("#signin-user", name);
        await page.FillAsync("#signin-password", password);
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("form[method='post'] button[type='submit']"),
            r => r.Request.Method == "POST" && r.Url.Contains("/account/signin", StringComparison.Ordinal),
            new() { Timeout = SubmitTimeoutMs });
        if (answer.Status is < 300 or >= 400)
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            var message = await page.Locator("main").InnerTextAsync();
            throw new InvalidOperationException($"Sign-in as {name} was answered {answer.Status}: {message}");
        }

        await UntilAsync(page, url => !url.Contains("/account/signin", StringComparison.Ordinal));
    }
}
