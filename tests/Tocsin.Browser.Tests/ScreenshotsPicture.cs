using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>Regenerates the screenshots of the intelligence picture and of the audit log into docs/images/ on the demo
/// scenario — only when asked, with <c>TOCSIN_SCREENSHOTS=1</c> (README, "Screenshots"); otherwise it does nothing: the
/// Krasnogorsk (Crocus City Hall) incident with its attribution view, the Afghan branch of the Islamic State, the
/// history of a report after an edit, and the audit log once its chain is verified.</summary>
public sealed class ScreenshotsPicture(ScreenshotServer<DemoServer> shot, BrowserSession browser) : IClassFixture<ScreenshotServer<DemoServer>>, IClassFixture<BrowserSession>
{
    private const string Crocus = "incident--ab7327dd-079a-47e0-97ec-7fde8d60f2aa";
    private const string IsisK = "threat-actor--34a2e9bf-caf2-494b-8dc4-ef3de8fb515d";
    private const string OfficialFigures = "report--da6866d4-3451-4902-be1a-b1d6b62bc048";

    private DemoServer Server => shot.Server;

    [Fact]
    public async Task Regenerate_the_screenshots_of_the_picture_and_the_audit_log()
    {
        if (!DocImages.Wanted)
        {
            return;
        }

        var analyst = await PageAsync("ana");
        await ShootAsync(analyst, $"/analyst/incidents/{Crocus}", "incident.png");
        await ShootAsync(analyst, $"/analyst/actors/{IsisK}", "actor.png");
        await analyst.GotoAsync(new Uri(Server.BaseAddress, $"/analyst/reports/{OfficialFigures}/edit").ToString());
        await analyst.FillAsync("#name", "Russian official figures on the Krasnogorsk attack (23–24 March 2024), revised toll");
        await analyst.ClickAsync("#save");
        await SignIn.UntilAsync(analyst, url => url.EndsWith("/history", StringComparison.Ordinal));
        await analyst.ScreenshotAsync(new() { Path = DocImages.PathOf("history.png"), FullPage = true });

        var admin = await PageAsync("admin");
        await admin.GotoAsync(new Uri(Server.BaseAddress, "/admin/audit").ToString());
        await admin.ClickAsync("#audit-verify");
        await admin.Locator("#audit-result").WaitForAsync(new() { Timeout = 60_000 });
        await admin.ScreenshotAsync(new() { Path = DocImages.PathOf("audit.png") });
    }

    private async Task<IPage> PageAsync(string name)
    {
        await browser.NewPageAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, Server.BaseAddress, name, DemoServer.PasswordOf(name));
        return page;
    }

    private async Task ShootAsync(IPage page, string path, string file)
    {
        await page.GotoAsync(new Uri(Server.BaseAddress, path).ToString());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = DocImages.PathOf(file), FullPage = true });
    }
}
