using Microsoft.Extensions.DependencyInjection;
using Tocsin.Storage;

namespace Tocsin.Browser.Tests;

/// <summary>Regenerates the screenshots of the partner rooms into docs/images/ on the demo scenario — only when asked, with
/// <c>TOCSIN_SCREENSHOTS=1</c> (README, "Screenshots"); otherwise it does nothing.</summary>
public sealed class PartnerScreenshots(ScreenshotServer<DemoServer> shot, BrowserSession browser) : IClassFixture<ScreenshotServer<DemoServer>>, IClassFixture<BrowserSession>
{
    private DemoServer Server => shot.Server;

    [Fact]
    public async Task Regenerate_the_screenshots_of_the_partner_rooms()
    {
        if (Environment.GetEnvironmentVariable("TOCSIN_SCREENSHOTS") != "1")
        {
            return;
        }

        var name = "bnd";
        var store = Server.Services.GetRequiredService<ITocsinStore>();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, Server.BaseAddress, "admin", DemoServer.PasswordOf("admin"));
        await page.GotoAsync(new Uri(Server.BaseAddress, "/admin/partners").ToString());
        await page.FillAsync("#add-name", name);
        await page.FillAsync("#add-country", "DEU");
        await page.SelectOptionAsync("#add-ceiling", "green");
        await page.FillAsync("#add-rel", "EU NATO");
        await page.ClickAsync("#add-partner");
        await page.Locator("#issued-key").WaitForAsync(new() { Timeout = 90_000 });
        var picture = (await store.FindCollectionAsync("picture", CancellationToken.None))!;
        var partner = (await store.FindPrincipalAsync(name, CancellationToken.None))!;
        (await store.GrantAsync(picture.Id, partner.Id, CollectionRights.Read, CancellationToken.None)).Value.ToString();

        var images = DocImages.Folder;
        foreach (var (file, path) in new[] { ("partners.png", "/admin/partners"), ("partner.png", $"/admin/partners/{name}"), ("see-as-partner.png", $"/admin/partners/{name}/view") })
        {
            await page.GotoAsync(new Uri(Server.BaseAddress, path).ToString());
            await page.ScreenshotAsync(new() { Path = Path.Combine(images, file), FullPage = false });
        }

        await context.DisposeAsync();
    }
}
