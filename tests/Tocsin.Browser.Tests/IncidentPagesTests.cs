using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>The incident pages of the analyst workspace on the demo picture: the Krasnogorsk (Crocus City Hall) attack's
/// attribution view shows the claim, the assessment and the accusation side by side with their grades and the opinion
/// on the accusation, and links to the pages that record more.</summary>
public sealed class IncidentPagesTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    private const string Crocus = "incident--ab7327dd-079a-47e0-97ec-7fde8d60f2aa";
    private const string Claim = "relationship--0ffbd484-7ec8-4470-b41f-b03cf0f40fdc";
    private const string Accusation = "relationship--422038a9-cbdb-46b0-9a8e-f3bacb7d056a";
    private const string Assessment = "relationship--d5e5760d-dcbb-4d4a-afa9-594ff145c541";

    [Fact]
    public async Task The_Crocus_attribution_view_shows_each_assertion_with_its_grade_side_by_side()
    {
        var page = await AnalystPageAsync("/analyst/incidents/" + Crocus);

        var rows = page.Locator("table#attribution tbody tr");
        var grades = new Dictionary<string, string>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            grades[(await rows.Nth(i).GetAttributeAsync("data-assertion"))!] = await rows.Nth(i).Locator("td.grade").InnerTextAsync();
        }

        Assert.Equal(new Dictionary<string, string> { [Claim] = "B2", [Accusation] = "F5", [Assessment] = "B1" }, grades);
    }

    [Fact]
    public async Task The_Crocus_attribution_view_names_asserter_basis_and_the_opinion_on_the_accusation()
    {
        var page = await AnalystPageAsync("/analyst/incidents/" + Crocus);
        var accusation = page.Locator($"tr[data-assertion='{Accusation}']");

        Assert.Equal("accusation", await accusation.Locator("td.basis").InnerTextAsync());
        Assert.Equal("Russian Federation (government)", await accusation.Locator("td.asserted-by").InnerTextAsync());
        Assert.Contains("strongly disagree", await accusation.Locator("td.opinions").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Islamic State", await page.Locator($"tr[data-assertion='{Claim}'] th").InnerTextAsync());
    }

    [Fact]
    public async Task The_Crocus_page_shows_the_facts_the_place_and_the_reports()
    {
        var page = await AnalystPageAsync("/analyst/incidents/" + Crocus);

        Assert.Equal("Attack on Crocus City Hall, Krasnogorsk (22 March 2024) — Tocsin", await page.TitleAsync());
        Assert.Equal("completed", await page.Locator("#incident-outcome").InnerTextAsync());
        Assert.Equal("2024-03-22 17:00", await page.Locator("#incident-when").InnerTextAsync());
        Assert.Contains("137 killed", await page.Locator("#incident-casualties").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Crocus City Hall, Krasnogorsk", await page.Locator("#incident-places").InnerTextAsync());
        Assert.Equal(1, await page.Locator("#place-map circle.place-map__marker").CountAsync());
        Assert.Equal(5, await page.Locator("#reports li").CountAsync());
    }

    [Fact]
    public async Task The_incident_page_links_to_recording_an_assertion_an_opinion_the_history_and_the_edit_form()
    {
        var page = await AnalystPageAsync("/analyst/incidents/" + Crocus);

        Assert.Equal($"/analyst/incidents/{Crocus}/assertions/new", await page.Locator("a#record-assertion").GetAttributeAsync("href"));
        Assert.Equal($"/analyst/objects/{Crocus}/history", await page.Locator("a#history").GetAttributeAsync("href"));
        Assert.Equal($"/analyst/incidents/{Crocus}/edit", await page.Locator("a#edit").GetAttributeAsync("href"));
        Assert.Equal($"/analyst/assertions/{Claim}/opinions/new", await page.Locator($"tr[data-assertion='{Claim}'] a.record-opinion").GetAttributeAsync("href"));
    }

    [Fact]
    public async Task The_incident_page_speaks_French()
    {
        var page = await AnalystPageAsync("/account/language?to=fr&returnUrl=" + Uri.EscapeDataString("/analyst/incidents/" + Crocus));

        Assert.Equal("Attribution", await page.Locator("#attribution-heading").InnerTextAsync());
        Assert.Equal("revendication", await page.Locator($"tr[data-assertion='{Claim}'] td.basis").InnerTextAsync());
        Assert.Equal("commis", await page.Locator("#incident-outcome").InnerTextAsync());
    }

    [Fact]
    public async Task An_unknown_incident_is_a_not_found_page()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, "ana", DemoServer.PasswordOf("ana"));

        var response = await page.GotoAsync(new Uri(server.BaseAddress, "/analyst/incidents/incident--00000000-0000-4000-8000-000000000000").ToString());

        Assert.Equal(404, response!.Status);
        Assert.Equal(0, await page.Locator("#attribution").CountAsync());
    }

    [Fact]
    public async Task The_incident_pages_pass_axe()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, "ana", DemoServer.PasswordOf("ana"));

        var violations = await Axe.ViolationsAsync(page, server.BaseAddress, ["/analyst/incidents/" + Crocus]);

        Assert.Empty(violations);
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
