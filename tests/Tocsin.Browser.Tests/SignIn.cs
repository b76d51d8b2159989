using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>Signs a page in through the sign-in form, as a person does.</summary>
public static class SignIn
{
    public static async Task AsAsync(IPage page, Uri server, string name, string password)
    {
        await page.GotoAsync(new Uri(server, "/account/signin").ToString());
        await page.FillAsync("#signin-user", name);
        await page.FillAsync("#signin-password", password);
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/account", StringComparison.Ordinal));
    }
}
