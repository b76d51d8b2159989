using Tocsin.Testing;

namespace Tocsin.Browser.Tests;

/// <summary>Regenerates the screenshots of the ingest room into docs/images/ — only when asked, with
/// <c>TOCSIN_SCREENSHOTS=1</c> (README, "Screenshots"); otherwise it does nothing.</summary>
public sealed class ScreenshotsIngest(ScreenshotServer<DemoServer> shot, BrowserSession browser) : IClassFixture<ScreenshotServer<DemoServer>>, IClassFixture<BrowserSession>
{
    private DemoServer Server => shot.Server;

    [Fact]
    public async Task Regenerate_the_screenshots_of_the_ingest_room()
    {
        if (Environment.GetEnvironmentVariable("TOCSIN_SCREENSHOTS") != "1")
        {
            return;
        }

        var images = DocImages.Folder;
        var page = await IngestRoom.PageAsync(Server, browser, "ana", grant: false);
        await page.SetViewportSizeAsync(1280, 1000);
        await IngestRoom.DraftAsync(page, Server.BaseAddress, TestCorpus.Crocus.Input.Text);
        await page.ScreenshotAsync(new() { Path = Path.Combine(images, "ingest-review.png"), FullPage = true });
        await page.Locator("tr[data-field='claim'] a.correct").First.ClickAsync();
        await page.Locator("#correct-form").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(images, "ingest-correct.png") });
    }
}
