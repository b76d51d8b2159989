using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tocsin.Core.Principals;
using Tocsin.Server;
using Tocsin.Storage;

namespace Tocsin.Browser.Tests;

/// <summary>The administration of logs, people and deliveries on the demo server: the audit verify button, axe-core on
/// its pages, and the analyst and administration rooms closed to partner services.</summary>
public sealed class AdministrationRoomTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    /// <summary>Every page of the analyst workspace and of the administration, by its address: these are contracts that
    /// other pages link to. Placeholder ids stand for objects: authorisation is decided before a page looks anything up.</summary>
    public static readonly string[] RoomRoutes =
    [
        "/analyst/incidents", "/analyst/incidents/new", "/analyst/incidents/incident--2a2d6d4c-6f7e-4d0a-9a0e-7d1c3b1f0a11",
        "/analyst/incidents/incident--2a2d6d4c-6f7e-4d0a-9a0e-7d1c3b1f0a11/edit",
        "/analyst/incidents/incident--2a2d6d4c-6f7e-4d0a-9a0e-7d1c3b1f0a11/assertions/new",
        "/analyst/actors", "/analyst/actors/new", "/analyst/actors/threat-actor--5b0c8f7e-1d2a-4e3b-8c4d-9e0f1a2b3c4d",
        "/analyst/actors/threat-actor--5b0c8f7e-1d2a-4e3b-8c4d-9e0f1a2b3c4d/edit", "/analyst/reports/new",
        "/analyst/assertions/relationship--7c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f/opinions/new",
        "/analyst/objects/incident--2a2d6d4c-6f7e-4d0a-9a0e-7d1c3b1f0a11/history", "/analyst/search", "/analyst/ingest",
        "/analyst/drafts", "/analyst/drafts/0191e2c5-7a3b-7c4d-8e5f-1a2b3c4d5e6f", "/analyst/contributions",
        "/analyst/tearlines", "/analyst/tearlines/new?object=note--d87759fb-f886-47b2-9f6f-547273de6187",
        "/analyst/tearlines/0191e2c5-7a3b-7c4d-8e5f-1a2b3c4d5e6f",
        "/admin", "/admin/partners", "/admin/partners/bfv", "/admin/partners/bfv/view", "/admin/tearlines", "/admin/share-log",
        "/admin/audit", "/admin/users", "/admin/users/ana", "/admin/subscribers", "/admin/subscribers/0191e2c5-7a3b-7c4d-8e5f-1a2b3c4d5e6f",
        "/admin/reads",
    ];

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
        await using var context = await browser.Browser!.NewContextAsync(new() { ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Basic " + basic } });
        var page = await context.NewPageAsync();
        var opened = new List<string>();

        foreach (var route in RoomRoutes)
        {
            var response = await page.GotoAsync(new Uri(server.BaseAddress, route).ToString());
            var status = response?.Status ?? 0;
            // Refused outright, or sent to sign in; a 404 is accepted only for an address this build does not serve at all.
            var refused = status == 403 || page.Url.Contains("/account/signin", StringComparison.Ordinal)
                || (status == 404 && !Served(route));
            if (!refused)
            {
                opened.Add($"{route}: {status} at {page.Url}");
            }
        }

        Assert.True(opened.Count == 0, string.Join(Environment.NewLine, opened));
    }

    /// <summary>Whether this build has a page at <paramref name="route"/>: a 404 there would be the page's own answer for an
    /// unknown id, never a refusal, whereas an address no page claims yet (a room still to come) is a 404 for everyone.</summary>
    private static bool Served(string route) => typeof(TocsinServer).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false).Cast<Microsoft.AspNetCore.Components.RouteAttribute>())
        .Any(r => new TemplateMatcher(TemplateParser.Parse(r.Template.TrimStart('/')), new RouteValueDictionary()).TryMatch(route, new RouteValueDictionary()));
}
