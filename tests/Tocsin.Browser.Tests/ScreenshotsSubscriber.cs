namespace Tocsin.Browser.Tests;

/// <summary>Regenerates the screenshot of a webhook subscriber's page into docs/images/ — only when asked, with
/// <c>TOCSIN_SCREENSHOTS=1</c> (README, "Screenshots"): a subscriber with a dead letter and two delivered messages.</summary>
public sealed class ScreenshotsSubscriber(ScreenshotServer<SubscriberRoomServer> shot, BrowserSession browser) : IClassFixture<ScreenshotServer<SubscriberRoomServer>>, IClassFixture<BrowserSession>
{
    private SubscriberRoomServer Server => shot.Server;

    [Fact]
    public async Task Regenerate_the_screenshot_of_a_subscriber_with_a_dead_letter()
    {
        if (Environment.GetEnvironmentVariable("TOCSIN_SCREENSHOTS") != "1")
        {
            return;
        }

        var (id, name) = await Server.AddSubscriberAsync("prefecture-paris");
        await Server.PublishAsync("Urgence attentat");
        await Server.ReceivedAsync(name, 1);
        await Server.PublishAsync("Urgence attentat — mise à jour");
        await Server.ReceivedAsync(name, 2);
        await Server.PublishAsync("Urgence attentat — mesures");
        await Server.ReceivedAsync(name, 3);
        await browser.NewPageAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, Server.BaseAddress, "admin", DemoServer.PasswordOf("admin"));
        // The dispatcher records each outcome just after the receiver answers: wait for the third to be on the page.
        for (var i = 0; i < 100; i++)
        {
            await page.GotoAsync(new Uri(Server.BaseAddress, $"/admin/subscribers/{id:D}").ToString());
            if (await page.Locator("#deliveries tr[data-state='delivered']").CountAsync() == 2)
            {
                break;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        await page.ScreenshotAsync(new() { Path = DocImages.PathOf("subscriber.png"), FullPage = true });
        await context.DisposeAsync();
    }
}
