namespace Tocsin.Browser.Tests;

/// <summary>Regenerates the screenshot of the tearline room into docs/images/ — only when asked, with
/// <c>TOCSIN_SCREENSHOTS=1</c> (README, "Screenshots"), against the demo scenario with two partners; otherwise it does
/// nothing. It shows an analyst writing the released text of the AMBER note beside the original, and who will receive it.</summary>
public sealed class ScreenshotsTearline(ScreenshotServer<DemoServer> shot, BrowserSession browser) : IClassFixture<ScreenshotServer<DemoServer>>, IClassFixture<BrowserSession>
{
    private DemoServer Server => shot.Server;

    [Fact]
    public async Task Regenerate_the_screenshot_of_the_tearline_page()
    {
        if (Environment.GetEnvironmentVariable("TOCSIN_SCREENSHOTS") != "1")
        {
            return;
        }

        await TearlineRoom.PrepareAsync(Server);
        await browser.NewPageAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        await SignIn.AsAsync(page, Server.BaseAddress, "ana", DemoServer.PasswordOf("ana"));
        await page.GotoAsync(new Uri(Server.BaseAddress, $"/analyst/tearlines/new?object={TearlineRoom.AmberNote}").ToString());
        await page.FillAsync("#text-abstract", "How the attributions of the attack were graded");
        await page.FillAsync("#text-content", "Each attribution carries the grade of its source: an official assessment ranks above a claim, and a claim above an accusation made without evidence.");
        await page.ClickAsync("#preview-button");
        await page.Locator("#audience-table").WaitForAsync(new() { Timeout = 90_000 });
        await page.ScreenshotAsync(new() { Path = DocImages.PathOf("tearline.png"), FullPage = true });
        await context.DisposeAsync();
    }
}
