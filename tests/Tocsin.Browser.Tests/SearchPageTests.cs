using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>The picture's search page in Chromium against the demo scenario: an analyst finds a threat actor by a
/// transliterated alias typed without its accents, the page has no serious axe-core violation in English and French
/// (empty, with results, with a refusal beside its field), and staff outside the analyst workspace cannot open it.</summary>
public sealed class SearchPageTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task An_analyst_finds_an_actor_by_a_transliterated_alias()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, "ana", DemoServer.PasswordOf("ana"));
        await page.GotoAsync(new Uri(server.BaseAddress, "/analyst/search").ToString());

        await page.FillAsync("#q", "Etat islamique au Khorassan");
        await page.ClickAsync("#search-button");
        await SignIn.UntilAsync(page, url => url.Contains("q=", StringComparison.Ordinal));

        var names = await page.Locator("#search-results li a").AllInnerTextsAsync();
        Assert.Contains("ISIS-K", names);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task The_page_has_no_serious_violation_empty_with_results_or_with_a_refusal(string language)
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, "ana", DemoServer.PasswordOf("ana"));
        await page.Context.AddCookiesAsync([new Cookie
        {
            Name = "tocsin-language", Value = $"c={language}|uic={language}", Url = server.BaseAddress.ToString(),
        }]);

        var violations = await Axe.ViolationsAsync(page, server.BaseAddress,
            ["/analyst/search", "/analyst/search?q=ISKP", "/analyst/search?q=%2A%2A%2A", "/analyst/search?q=crocus&from=22%2F03%2F2024"]);

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("paul")]
    [InlineData("wanda")]
    public async Task Staff_outside_the_analyst_workspace_are_refused(string name)
    {
        var page = await browser.NewPageAsync();
        await SignIn.AnywhereAsync(page, server.BaseAddress, name, DemoServer.PasswordOf(name));

        var response = await page.GotoAsync(new Uri(server.BaseAddress, "/analyst/search?q=ISKP").ToString());

        Assert.Equal((403, 0), (response!.Status, await page.Locator("#search-results").CountAsync()));
    }
}
