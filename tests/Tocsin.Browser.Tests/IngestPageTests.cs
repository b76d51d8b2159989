using Microsoft.Playwright;
using Tocsin.Core.Principals;

namespace Tocsin.Browser.Tests;

public sealed class IngestPageTests(RunningServer server, BrowserSession browser)
    : IClassFixture<RunningServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_account_page_links_to_the_ingest_page()
    {
        var page = await AnalystPageAsync();

        await page.GotoAsync(new Uri(server.BaseAddress, "/account").ToString());
        await page.ClickAsync("text=Ingest a report");

        Assert.Equal("Ingest a report", await page.Locator("h1").TextContentAsync());
    }

    private async Task<IPage> AnalystPageAsync()
    {
        if (browser.Browser is null)
        {
            await browser.NewPageAsync(); // skips, or fails under CI, as BrowserSession decides
        }

        var name = "ana-" + Guid.NewGuid().ToString("N")[..8];
        await server.AddUserAsync(name, Role.Analyst, "analyst-password");
        await server.GrantPictureAsync(name);
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, name, "analyst-password");
        return page;
    }
}
