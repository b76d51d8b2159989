using Microsoft.Playwright;
using Tocsin.Core.Principals;

namespace Tocsin.Browser.Tests;

/// <summary>The web application in a real browser under the real content security policy.</summary>
public sealed class WebPagesTests(RunningServer server, BrowserSession browser)
    : IClassFixture<RunningServer>, IClassFixture<BrowserSession>
{
    private const string Password = "browser-password";

    [Fact]
    public async Task The_public_page_shows_Paris_s_level()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseAddress, "/en/levels/vigipirate").ToString());
        var row = page.Locator("table.levels tr", new() { HasText = "France" }).First;

        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Contains("vigilance", (await row.TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_language_switch_shows_the_page_in_French()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/en/levels/vigipirate").ToString());

        await page.ClickAsync("nav.language-switch a[lang=fr]");
        await page.WaitForURLAsync(url => url.Contains("/fr/levels/vigipirate", StringComparison.Ordinal));

        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task No_page_breaks_the_content_security_policy()
    {
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        foreach (var path in new[] { "/en/", "/fr/levels/vigipirate/FRA-D75", "/account/signin", "/no-such-page" })
        {
            await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Empty(violations);
    }

    [Fact]
    public async Task An_unknown_address_shows_a_readable_404_page()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync(new Uri(server.BaseAddress, "/no-such-page").ToString());

        Assert.Equal((404, "Page not found"), (response!.Status, await page.Locator("h1").TextContentAsync()));
    }

    [Fact]
    public async Task Signing_in_shows_who_and_which_role()
    {
        var name = "appr-" + Guid.NewGuid().ToString("N")[..8];
        await server.AddUserAsync(name, Role.Approver, Password);
        var page = await (await browser.NewContextAsync(new() { Locale = "en-GB" })).NewPageAsync();

        await SignIn.AsAsync(page, server.BaseAddress, name, Password);
        var who = await page.Locator(".signed-in").TextContentAsync();

        Assert.True(who!.Contains(name, StringComparison.Ordinal) && who.Contains("approver", StringComparison.Ordinal), who);
    }

    [Fact]
    public async Task A_form_posted_from_another_site_is_refused()
    {
        var page = await browser.NewPageAsync();
        // A page that is not ours (here a blank document, whose origin is opaque) posts a form to the sign-out endpoint.
        await page.SetContentAsync($"<form id=f method=post action=\"{new Uri(server.BaseAddress, "/account/signout")}\"></form>");

        var response = await page.RunAndWaitForResponseAsync(() => page.EvalOnSelectorAsync("#f", "f => f.submit()"),
            r => r.Url.Contains("/account/signout", StringComparison.Ordinal));

        Assert.Equal(403, response.Status);
    }

    [Fact]
    public async Task The_public_page_fits_a_phone()
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseAddress, "/fr/levels/vigipirate").ToString());
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(width <= 390, $"the page is {width} px wide");
    }
}
