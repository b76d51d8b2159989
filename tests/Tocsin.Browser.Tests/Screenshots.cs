namespace Tocsin.Browser.Tests;

/// <summary>Regenerates the screenshots of the main pages into docs/images/ — only when asked, with
/// <c>TOCSIN_SCREENSHOTS=1</c> (README, "Screenshots"); otherwise it does nothing.</summary>
public sealed class Screenshots(ScreenshotServer<RunningServer> shot, BrowserSession browser)
    : IClassFixture<ScreenshotServer<RunningServer>>, IClassFixture<BrowserSession>
{
    private RunningServer Server => shot.Server;

    [Fact]
    public async Task Regenerate_the_screenshots_of_the_main_pages()
    {
        if (Environment.GetEnvironmentVariable("TOCSIN_SCREENSHOTS") != "1")
        {
            return;
        }

        var images = DocImages.Folder;
        var pages = new Dictionary<string, (string Path, int Width, int Height)>(StringComparer.Ordinal)
        {
            ["home.png"] = ("/en/levels/vigipirate", 1280, 900),
            ["territory.png"] = ("/en/levels/vigipirate/FRA", 1280, 900),
            ["phone.png"] = ("/fr/levels/vigipirate", 390, 844),
            ["signin.png"] = ("/account/signin", 1280, 700),
        };
        foreach (var (file, (path, width, height)) in pages)
        {
            var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(Server.BaseAddress, path).ToString());
            await page.ScreenshotAsync(new() { Path = Path.Combine(images, file) });
            await context.DisposeAsync();
        }
    }
}
