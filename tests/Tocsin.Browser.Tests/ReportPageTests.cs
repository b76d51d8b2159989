using Microsoft.Playwright;
using Tocsin.Core.Plan;
using Tocsin.Core.Principals;

namespace Tocsin.Browser.Tests;

/// <summary>A recipient reports through the link its posture message carries, without signing in, and the
/// decision room's coverage view shows the answer.</summary>
public sealed class ReportPageTests(RunningServer server, BrowserSession browser) : IClassFixture<RunningServer>, IClassFixture<BrowserSession>
{
    private const string Password = "report-password";

    [Fact]
    public async Task A_report_through_the_link_page_appears_in_the_coverage_view()
    {
        var measure = PlanCatalogue.Default.MeasuresOf("vigipirate").Measures.First(m => !m.IsPublic);
        var operatorName = "rail-" + Guid.NewGuid().ToString("N")[..8];
        var recipient = await server.AddRecipientAsync(operatorName, measure.Sectors, measure.RecipientGroups);
        var posture = await server.ApprovePostureAsync(measure.Id);
        var link = new Uri((await server.PostureMessageAsync(posture, recipient)).GetProperty("report").GetProperty("url").GetString()!);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseAddress, link.AbsolutePath).ToString());
        await page.CheckAsync($"#{measure.Id}-partial");
        await page.FillAsync($"#{measure.Id}-comment", "Two stations out of five.");
        await page.ClickAsync("#report-send");
        await page.Locator("#report-saved").WaitForAsync();

        var analyst = "analyst-" + Guid.NewGuid().ToString("N")[..8];
        await server.AddUserAsync(analyst, Role.Analyst, Password);
        var room = await browser.NewPageAsync();
        await SignIn.AsAsync(room, server.BaseAddress, analyst, Password);
        await room.GotoAsync(new Uri(server.BaseAddress, $"/postures/{posture}/coverage").ToString());
        var row = room.Locator($"#recipients tr[data-recipient='{operatorName}']");
        Assert.Equal("1 / 1", (await row.Locator("td").Nth(1).InnerTextAsync()).Trim());
        Assert.Equal("1", (await room.Locator("#by-territory tr[data-key='FRA'] td").Nth(1).InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task A_forged_link_shows_a_refusal_and_no_form()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync(new Uri(server.BaseAddress, "/report/" + new string('A', 96)).ToString());

        Assert.Equal((403, 0), (response!.Status, await page.Locator("#report-send").CountAsync()));
    }
}
