namespace Tocsin.Browser.Tests;

public sealed class HomePageTests(RunningServer server, BrowserSession browser)
    : IClassFixture<RunningServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_home_page_shows_the_product_name_and_links_to_health()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.BaseAddress.ToString());
        await page.ClickAsync("a[href='/health']");
        // The link leaves the page for a JSON document: read it once the browser has arrived there.
        await page.WaitForURLAsync("**/health");
        await page.WaitForLoadStateAsync();

        Assert.Contains("\"status\":\"ok\"", await page.ContentAsync(), StringComparison.Ordinal);
    }
}
