namespace Tocsin.Browser.Tests;

/// <summary>Regenerates the screenshot of the picture's search into docs/images/ — only when asked, with
/// <c>TOCSIN_SCREENSHOTS=1</c> (README, "Screenshots"), against the demo scenario; otherwise it does nothing.</summary>
public sealed class ScreenshotsSearch(ScreenshotServer<DemoServer> shot, BrowserSession browser) : IClassFixture<ScreenshotServer<DemoServer>>, IClassFixture<BrowserSession>
{
    private DemoServer Server => shot.Server;

    [Fact]
    public async Task Regenerate_the_screenshot_of_the_search_page()
    {
        if (Environment.GetEnvironmentVariable("TOCSIN_SCREENSHOTS") != "1")
        {
            return;
        }

        await browser.NewPageAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, Server.BaseAddress, "ana", DemoServer.PasswordOf("ana"));
        await page.GotoAsync(new Uri(Server.BaseAddress, "/analyst/search?q=etat+islamique").ToString());
        await page.ScreenshotAsync(new() { Path = DocImages.PathOf("search.png") });
        await context.DisposeAsync();
    }
}
