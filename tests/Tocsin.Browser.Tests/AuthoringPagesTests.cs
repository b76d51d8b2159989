using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>Recording and editing the picture in the browser, on the demo scenario: a new assessment on the Krasnogorsk
/// (Crocus City Hall) attack appears in its attribution view with its grade; an edit of a threat actor or of a report
/// makes a new version and the history shows both and what changed; every authoring page passes axe.</summary>
public sealed class AuthoringPagesTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    private const string Crocus = "incident--ab7327dd-079a-47e0-97ec-7fde8d60f2aa";
    private const string IslamicState = "threat-actor--56a5ca48-1a9d-4d4a-a46f-50048f8eb348";
    private const string Branch = "threat-actor--34a2e9bf-caf2-494b-8dc4-ef3de8fb515d";
    private const string France = "identity--1d2316f9-1aac-49db-b655-88a206549b91";
    private const string Claim = "relationship--0ffbd484-7ec8-4470-b41f-b03cf0f40fdc";
    private const string OfficialFigures = "report--da6866d4-3451-4902-be1a-b1d6b62bc048";

    [Fact]
    public async Task An_analyst_records_a_new_assessment_on_the_Crocus_incident_and_it_appears_in_the_attribution_view_with_its_grade()
    {
        var page = await AnalystPageAsync($"/analyst/incidents/{Crocus}/assertions/new");
        await page.SelectOptionAsync("#basis", "assessment");
        await page.SelectOptionAsync("#target", Branch);
        await page.SelectOptionAsync("#asserted-by", France);
        await page.FillAsync("#asserted-at", "2024-03-26T09:00");
        await page.SelectOptionAsync("#grade", "C3");
        await page.FillAsync("#description", "A second assessment that the branch carried out the attack.");

        await page.ClickAsync("#save");
        await SignIn.UntilAsync(page, url => url.Contains($"/analyst/incidents/{Crocus}", StringComparison.Ordinal) && !url.Contains("/assertions/", StringComparison.Ordinal));

        var grades = await page.Locator("table#attribution tbody tr td.grade").AllInnerTextsAsync();
        Assert.Contains("C3", grades);
        Assert.Equal(4, grades.Count);
    }

    [Fact]
    public async Task An_edit_creates_a_new_version_and_the_history_shows_both()
    {
        var page = await AnalystPageAsync($"/analyst/actors/{Branch}/edit");
        await page.FillAsync("#aliases", "ISKP\nISIL-K\nIS-K\nISIL-X");

        await page.ClickAsync("#save");
        await SignIn.UntilAsync(page, url => !url.EndsWith("/edit", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(server.BaseAddress, $"/analyst/objects/{Branch}/history").ToString());

        Assert.Equal(2, await page.Locator("#versions li.version").CountAsync());
        Assert.Equal(1, await page.Locator("#versions li.version tr[data-path='aliases']").CountAsync());
    }

    [Fact]
    public async Task An_analyst_edits_a_demo_report_and_the_history_shows_both_versions_and_what_changed()
    {
        var page = await AnalystPageAsync($"/analyst/objects/{OfficialFigures}/history");
        await page.ClickAsync("#edit");
        await SignIn.UntilAsync(page, url => url.EndsWith($"/analyst/reports/{OfficialFigures}/edit", StringComparison.Ordinal));
        var before = await page.InputValueAsync("#name");
        await page.FillAsync("#name", "Russian official figures on the Krasnogorsk attack, revised");

        await page.ClickAsync("#save");
        await SignIn.UntilAsync(page, url => url.EndsWith($"/analyst/objects/{OfficialFigures}/history", StringComparison.Ordinal));

        var name = page.Locator("#versions li.version").Nth(1).Locator("tr[data-path='name'] td");
        Assert.Equal((2, before, "Russian official figures on the Krasnogorsk attack, revised"), (await page.Locator("#versions li.version").CountAsync(),
            await name.Nth(1).InnerTextAsync(), await name.Nth(2).InnerTextAsync()));
    }

    [Fact]
    public async Task A_refused_save_shows_the_error_beside_the_field()
    {
        var page = await AnalystPageAsync("/analyst/incidents/new");
        await page.FillAsync("#killed", "many");

        await page.ClickAsync("#save");
        await page.Locator("#name-error").WaitForAsync();

        Assert.Equal(1, await page.Locator("#killed-error").CountAsync());
    }

    [Fact]
    public async Task The_authoring_pages_pass_axe()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, "ana", DemoServer.PasswordOf("ana"));

        var violations = await Axe.ViolationsAsync(page, server.BaseAddress,
        [
            "/analyst/incidents/new", $"/analyst/incidents/{Crocus}/edit", "/analyst/actors/new", $"/analyst/actors/{IslamicState}/edit",
            "/analyst/reports/new", $"/analyst/reports/{OfficialFigures}/edit", $"/analyst/incidents/{Crocus}/assertions/new", $"/analyst/assertions/{Claim}/opinions/new",
            $"/analyst/objects/{Crocus}/history",
        ]);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task The_assertion_form_speaks_French()
    {
        var page = await AnalystPageAsync("/account/language?to=fr&returnUrl=" + Uri.EscapeDataString($"/analyst/incidents/{Crocus}/assertions/new"));

        Assert.Equal("Enregistrer une assertion", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Cotation (grille de l’Amirauté)", await page.Locator("label[for='grade']").InnerTextAsync());
    }

    [Fact]
    public async Task A_watch_officer_cannot_open_an_authoring_page()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, "wanda", DemoServer.PasswordOf("wanda"));

        var response = await page.GotoAsync(new Uri(server.BaseAddress, $"/analyst/incidents/{Crocus}/edit").ToString());

        Assert.Equal((403, 0), (response!.Status, await page.Locator("form #save").CountAsync()));
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
