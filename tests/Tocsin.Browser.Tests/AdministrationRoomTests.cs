using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tocsin.Core.Principals;
using Tocsin.Server;
using Tocsin.Storage;

namespace Tocsin.Browser.Tests;

/// <summary>The administration of logs, people and deliveries on the demo server: the audit verify button, axe-core on
/// its pages, and the analyst and administration rooms closed to partner services (every page of them the server maps,
/// read from its endpoint list by <see cref="StaffPages"/>).</summary>
public sealed class AdministrationRoomTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    private const string PartnerPassword = "partner-service-password";

    [Fact]
    public async Task The_audit_verify_button_reports_an_intact_chain()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, "admin", DemoServer.PasswordOf("admin"));
        await page.GotoAsync(new Uri(server.BaseAddress, "/admin/audit").ToString());

        await page.ClickAsync("#audit-verify");
        await page.Locator("#audit-result").WaitForAsync(new() { Timeout = 60_000 });

        Assert.Equal(("true", true), (await page.Locator("#audit-result").GetAttributeAsync("data-intact"),
            long.Parse(await page.Locator("#entries-checked").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0));
    }

    [Fact]
    public async Task The_administration_pages_have_no_serious_violation()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, "admin", DemoServer.PasswordOf("admin"));
        var pages = await Axe.ViolationsAsync(page, server.BaseAddress, ["/admin", "/admin/audit", "/admin/users", "/admin/users/ana", "/fr/admin/users"]);
        await page.GotoAsync(new Uri(server.BaseAddress, "/admin/audit").ToString());
        await page.ClickAsync("#audit-verify");
        await page.Locator("#audit-result").WaitForAsync(new() { Timeout = 60_000 });

        var violations = pages.Concat(await Axe.OnPageAsync(page, "/admin/audit (verified)")).ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task A_partner_service_opens_no_analyst_or_administration_page()
    {
        var name = "partner-" + Guid.NewGuid().ToString("N")[..8];
        var store = server.Services.GetRequiredService<ITocsinStore>();
        Assert.True((await store.AddPrincipalAsync(name, PrincipalKind.Partner, [], PasswordHasher.Hash(PartnerPassword), CancellationToken.None)).IsSuccess);
        await browser.NewPageAsync();
        // Basic credentials on every request: a browser would send them only after a 401, and staff pages redirect to sign-in instead.
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{name}:{PartnerPassword}"));
        await using var context = await browser.NewContextAsync(new() { ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Basic " + basic } });
        var page = await context.NewPageAsync();
        var opened = new List<string>();
        // Authorisation is decided before a page looks anything up: ids of drafts and partners need not exist here.
        var values = new Dictionary<string, string>(StaffPages.DemoValues)
        {
            ["drafts/Id"] = Guid.NewGuid().ToString(),
            ["items/ItemId"] = "item-1",
            ["partners/Name"] = name,
            ["tearlines/RequestId"] = Guid.NewGuid().ToString(),
            ["subscribers/Id"] = Guid.NewGuid().ToString(),
        };
        var addresses = StaffPages.Addresses(server.Services, values);

        foreach (var route in addresses)
        {
            var response = await page.GotoAsync(new Uri(server.BaseAddress, route).ToString());
            var status = response?.Status ?? 0;
            // Refused outright, or sent to sign in: never the page, and never its "not found" either (which would tell
            // the partner that the address exists and that it was let in).
            var refused = status == 403 || page.Url.Contains("/account/signin", StringComparison.Ordinal);
            if (!refused)
            {
                opened.Add($"{route}: {status} at {page.Url}");
            }
        }

        Assert.True(opened.Count == 0 && addresses.Count >= 20, $"{addresses.Count} pages walked; opened:{Environment.NewLine}{string.Join(Environment.NewLine, opened)}");
    }
}
