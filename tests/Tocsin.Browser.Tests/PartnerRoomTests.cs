using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tocsin.Storage;

namespace Tocsin.Browser.Tests;

/// <summary>Partner administration in the browser, on the demo scenario: an administrator adds a GREEN-ceiling partner
/// through the form and "sees as" it: no AMBER object of the picture is received, and each is listed as withheld with
/// the reason. axe-core finds nothing serious on the partner pages.</summary>
public sealed class PartnerRoomTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    private const float SubmitTimeoutMs = 90_000;

    [Fact]
    public async Task Seeing_as_a_green_partner_shows_no_amber_object_and_says_why_each_is_withheld()
    {
        var page = await AdminPageAsync();
        var name = await AddGreenPartnerAsync(page);

        await page.GotoAsync(new Uri(server.BaseAddress, $"/admin/partners/{name}/view").ToString());
        var amberWithheld = page.Locator("#withheld tr[data-marking~='tlp:amber']");
        await amberWithheld.First.WaitForAsync();

        var received = await page.Locator("#received tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.marking)");

        // Every TLP a received version carries is CLEAR or GREEN: no AMBER, AMBER+STRICT or RED.
        var beyondGreen = received.Where(m => m.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => t is not ("tlp:clear" or "tlp:green"))).ToList();
        Assert.Equal((0, "TLP above the partner’s ceiling"), (beyondGreen.Count, await amberWithheld.First.Locator(".reason").InnerTextAsync()));
        Assert.True(received.Length > 0, "The green partner receives the picture's CLEAR and GREEN objects.");
    }

    [Fact]
    public async Task The_partner_pages_have_no_serious_accessibility_violation()
    {
        var page = await AdminPageAsync();
        var name = await AddGreenPartnerAsync(page);

        var violations = await Axe.ViolationsAsync(page, server.BaseAddress,
            ["/admin/partners", $"/admin/partners/{name}", $"/admin/partners/{name}/view"]);

        Assert.Empty(violations);
    }

    private async Task<IPage> AdminPageAsync()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, "admin", DemoServer.PasswordOf("admin"));
        return page;
    }

    /// <summary>Adds a partner through the form (FRA, TLP:GREEN), waits for its key to be shown, and grants it read access
    /// to the picture as <c>tocsin collection grant</c> would.</summary>
    private async Task<string> AddGreenPartnerAsync(IPage page)
    {
        var name = "partner-" + Guid.NewGuid().ToString("N")[..8];
        await page.GotoAsync(new Uri(server.BaseAddress, "/admin/partners").ToString());
        await page.FillAsync("#add-name", name);
        await page.FillAsync("#add-country", "FRA");
        await page.SelectOptionAsync("#add-ceiling", "green");
        await page.ClickAsync("#add-partner");
        await page.Locator("#issued-key").WaitForAsync(new() { Timeout = SubmitTimeoutMs });

        var store = server.Services.GetRequiredService<ITocsinStore>();
        var picture = await store.FindCollectionAsync("picture", CancellationToken.None) ?? throw new InvalidOperationException("The demo has no picture.");
        var partner = await store.FindPrincipalAsync(name, CancellationToken.None) ?? throw new InvalidOperationException("The partner was not added.");
        (await store.GrantAsync(picture.Id, partner.Id, CollectionRights.Read, CancellationToken.None)).Value.ToString();
        return name;
    }
}
