using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>The incident list and the threat-actor pages on the demo picture: filters in a GET form, an actor found by a
/// transliteration variant of its name, its branch and the incidents attributed to it; who may not open them.</summary>
public sealed class ActorPagesTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    private const string Crocus = "incident--ab7327dd-079a-47e0-97ec-7fde8d60f2aa";
    private const string IsisK = "threat-actor--34a2e9bf-caf2-494b-8dc4-ef3de8fb515d";
    private const string IslamicState = "threat-actor--56a5ca48-1a9d-4d4a-a46f-50048f8eb348";

    private static readonly string[] Pages = ["/analyst/incidents", "/analyst/incidents/" + Crocus, "/analyst/actors", "/analyst/actors/" + IsisK];

    [Fact]
    public async Task The_outcome_filter_lists_only_the_foiled_attempts()
    {
        var page = await AnalystPageAsync("/analyst/incidents");

        await page.SelectOptionAsync("#filter-outcome", "foiled");
        await page.ClickAsync("#incident-filters button[type='submit']");
        await SignIn.UntilAsync(page, url => url.Contains("outcome=foiled", StringComparison.Ordinal));

        Assert.Equal(["foiled"], await page.Locator("#incidents td.outcome").AllInnerTextsAsync());
    }

    [Fact]
    public async Task A_refused_date_is_shown_next_to_its_field()
    {
        var page = await AnalystPageAsync("/analyst/incidents?from=yesterday");

        Assert.Contains("from must be a date", await page.Locator("#filter-from-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#incidents").CountAsync());
    }

    [Fact]
    public async Task An_actor_is_found_by_a_transliterated_alias_without_its_accents()
    {
        var page = await AnalystPageAsync("/analyst/actors");

        await page.FillAsync("#filter-q", "etat islamique au khorassan");
        await page.ClickAsync("#actor-search button[type='submit']");
        await SignIn.UntilAsync(page, url => url.Contains("q=", StringComparison.Ordinal));

        Assert.Equal([IsisK], await page.Locator("#actors tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.actor)"));
    }

    [Fact]
    public async Task The_branch_page_names_its_parent_group_and_the_attacks_attributed_to_it()
    {
        var page = await AnalystPageAsync("/analyst/actors/" + IsisK);

        Assert.Equal($"/analyst/actors/{IslamicState}", await page.Locator("#actor-parents a").GetAttributeAsync("href"));
        Assert.Contains("ISIL-K", await page.Locator("#actor-aliases").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["B2", "B1"], await page.Locator("#actor-incidents td.grade").AllInnerTextsAsync());
    }

    [Fact]
    public async Task The_incident_and_actor_pages_pass_axe()
    {
        var page = await AnalystPageAsync("/analyst/incidents");

        var violations = await Axe.ViolationsAsync(page, server.BaseAddress, Pages);

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("wanda")]
    [InlineData("paul")]
    public async Task Staff_outside_the_analyst_workspace_cannot_open_the_pages(string name)
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, name, DemoServer.PasswordOf(name));

        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            Assert.Equal(403, response!.Status);
        }
    }

    [Fact]
    public async Task Without_signing_in_the_pages_lead_to_the_sign_in_form()
    {
        var page = await browser.NewPageAsync();

        foreach (var path in Pages)
        {
            await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            Assert.Contains("/account/signin", page.Url, StringComparison.Ordinal);
        }
    }

    private async Task<IPage> AnalystPageAsync(string path)
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, "ana", DemoServer.PasswordOf("ana"));
        await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return page;
    }
}
