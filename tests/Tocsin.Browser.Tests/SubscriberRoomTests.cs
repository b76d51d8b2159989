using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>The webhook subscribers' pages: an administrator adds a subscriber, finds its dead letter, retries it and sees
/// it delivered; removing asks for a confirmation; axe-core finds nothing serious, in English and French.</summary>
public sealed class SubscriberRoomTests(SubscriberRoomServer server, BrowserSession browser) : IClassFixture<SubscriberRoomServer>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task An_administrator_retries_a_dead_letter_and_sees_it_delivered()
    {
        var (id, name) = await server.AddSubscriberAsync("retry-" + Guid.NewGuid().ToString("N")[..8]);
        await server.PublishAsync("Urgence attentat");
        await server.ReceivedAsync(name, 1);
        var page = await AdminPageAsync();

        var dead = await RowInStateAsync(page, $"/admin/subscribers/{id:D}?state=dead", "dead");
        await dead.GetByRole(AriaRole.Button).ClickAsync();
        await page.Locator("#subscriber-message").WaitForAsync();
        var delivered = await RowInStateAsync(page, $"/admin/subscribers/{id:D}", "delivered");

        var ids = server.Received.Where(r => r.Name == name).Select(r => r.WebhookId).ToList();
        Assert.Equal((2, 1, ids[0]), (ids.Count, ids.Distinct().Count(), await delivered.GetAttributeAsync("data-delivery")));
    }

    [Fact]
    public async Task Adding_a_subscriber_shows_its_secret_once()
    {
        var page = await AdminPageAsync();
        var name = "added-" + Guid.NewGuid().ToString("N")[..8];
        await page.GotoAsync(new Uri(server.BaseAddress, "/admin/subscribers").ToString());

        await page.FillAsync("#subscriber-name", name);
        await page.FillAsync("#subscriber-url", server.ReceiverUrl(name));
        await page.ClickAsync("#add-subscriber");
        await page.Locator("#new-secret").WaitForAsync();
        var secret = await page.Locator("#new-secret").InnerTextAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/admin/subscribers").ToString());

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal((1, 0), (await page.Locator($"tr[data-subscriber='{name}']").CountAsync(), await page.Locator("#new-secret").CountAsync()));
    }

    [Fact]
    public async Task Removing_a_subscriber_asks_for_a_confirmation_first()
    {
        var (id, _) = await server.AddSubscriberAsync("remove-" + Guid.NewGuid().ToString("N")[..8]);
        var page = await AdminPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, $"/admin/subscribers/{id:D}").ToString());

        await page.ClickAsync("#remove-subscriber");
        var refused = await page.Locator("#subscriber-error").CountAsync();
        await page.CheckAsync("#remove-confirm");
        await page.ClickAsync("#remove-subscriber");
        await page.Locator("#subscriber-removed").WaitForAsync();

        Assert.Equal((1, 0), (refused, await page.Locator("#remove-subscriber").CountAsync()));
    }

    [Fact]
    public async Task The_subscriber_pages_have_no_serious_violation()
    {
        var (id, name) = await server.AddSubscriberAsync("axe-" + Guid.NewGuid().ToString("N")[..8]);
        await server.PublishAsync("Urgence attentat");
        await server.ReceivedAsync(name, 1);
        var page = await AdminPageAsync();
        await RowInStateAsync(page, $"/admin/subscribers/{id:D}", "dead");

        var violations = await Axe.ViolationsAsync(page, server.BaseAddress,
            ["/admin/subscribers", $"/admin/subscribers/{id:D}", $"/fr/admin/subscribers/{id:D}", "/fr/admin/subscribers"]);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private async Task<IPage> AdminPageAsync()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, "admin", DemoServer.PasswordOf("admin"));
        return page;
    }

    /// <summary>Opens <paramref name="path"/> until its history shows a delivery in <paramref name="state"/> (the dispatcher
    /// records outcomes in the background), and returns that row.</summary>
    private async Task<ILocator> RowInStateAsync(IPage page, string path, string state)
    {
        var row = page.Locator($"#deliveries tr[data-state='{state}']");
        for (var i = 0; i < 300; i++)
        {
            await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            if (await row.CountAsync() > 0)
            {
                return row.First;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No {state} delivery appeared on {path}.");
    }
}
