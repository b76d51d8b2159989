using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tocsin.Core.Principals;

namespace Tocsin.Browser.Tests;

/// <summary>axe-core on every page of the web application: no violation of serious or critical impact, signed in
/// where the page needs it. Every violation is listed in the failure with its rule and where it is.</summary>
public sealed partial class AccessibilityTests(RunningServer server, BrowserSession browser)
    : IClassFixture<RunningServer>, IClassFixture<BrowserSession>
{
    private const string Password = "axe-password";

    [Fact]
    public async Task The_public_pages_have_no_serious_violation()
    {
        var page = await browser.NewPageAsync();
        var paths = new List<string>();
        foreach (var scheme in await SchemesAsync())
        {
            paths.Add($"/fr/levels/{scheme}");
            paths.Add($"/en/levels/{scheme}");
        }

        paths.AddRange(["/fr/", "/en/", "/fr/levels/vigipirate/FRA-D75", "/en/levels/vigipirate/FRA-D973",
            "/account/signin", "/no-such-page"]);

        Assert.Empty(await ViolationsAsync(page, paths));
    }

    [Fact]
    public async Task The_public_level_page_at_phone_width_has_no_serious_violation()
    {
        await browser.NewPageAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        Assert.Empty(await ViolationsAsync(page, ["/fr/levels/vigipirate", "/en/levels/vigipirate/FRA-D75"]));
    }

    [Fact]
    public async Task The_staff_pages_and_an_alert_page_have_no_serious_violation()
    {
        var analyst = await PageAsAsync(Role.Analyst);
        var approver = await PageAsAsync(Role.Approver);
        var id = await ProposeAsync(analyst, "FRA-D69");
        var proposalViolations = await ViolationsAsync(approver, ["/account", "/analyst/ingest", "/decisions", "/decisions/new", $"/decisions/{id}"]);
        await approver.ClickAsync("#action-approve");
        await approver.Locator("#decision-status", new() { HasText = "approved" }).WaitForAsync();
        await approver.GotoAsync(new Uri(server.BaseAddress, "/en/levels/vigipirate/FRA-D69").ToString());
        var alert = await approver.Locator("a[href*='/alerts/']").First.GetAttributeAsync("href");

        var violations = proposalViolations.Concat(await ViolationsAsync(approver, [$"/decisions/{id}", alert!])).ToList();

        Assert.Empty(violations);
    }

    /// <summary>The API viewer is the vendored Swagger UI; our style sheet and start-up script repair what its own
    /// markup gets wrong (contrast, controls nested in its operation headers, unlabelled selects), so the page is held
    /// to the same rule as ours, with an operation and a schema opened as a reader would.</summary>
    [Fact]
    public async Task The_API_viewer_has_no_serious_violation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/api/docs").ToString());
        await page.Locator(".opblock-tag").First.WaitForAsync();

        var closed = await AxeViolationsAsync(page, "/api/docs");
        await page.Locator(".opblock-tag").First.ClickAsync();
        await page.Locator(".opblock-summary-control").First.ClickAsync();
        await page.Locator(".opblock-body").First.WaitForAsync();

        var violations = closed.Concat(await AxeViolationsAsync(page, "/api/docs (operation opened)")).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private Task<List<string>> ViolationsAsync(IPage page, IEnumerable<string> paths) => Axe.ViolationsAsync(page, server.BaseAddress, paths);

    private static Task<List<string>> AxeViolationsAsync(IPage page, string where) => Axe.OnPageAsync(page, where);

    private async Task<List<string>> SchemesAsync()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var schemes = await client.GetFromJsonAsync<JsonElement>("/api/v1/schemes", TestContext.Current.CancellationToken);
        var list = schemes.ValueKind == JsonValueKind.Array ? schemes : schemes.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;
        return [.. list.EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
    }

    private async Task<string> ProposeAsync(IPage page, string territory)
    {
        await page.GotoAsync(new Uri(server.BaseAddress, "/decisions/new").ToString());
        await page.SelectOptionAsync("#level", "urgence-attentat");
        await page.CheckAsync($"#territory-{territory}");
        await page.FillAsync("#authority", "Premier ministre");
        await page.FillAsync("#rationale", "Menace terroriste très élevée.");
        await page.ClickAsync("#preview-button");
        await page.Locator("#preview").WaitForAsync();
        await page.ClickAsync("#submit-button");
        await page.WaitForURLAsync(DecisionAddress());
        return page.Url[(page.Url.LastIndexOf('/') + 1)..];
    }

    private async Task<IPage> PageAsAsync(Role role)
    {
        await browser.NewPageAsync(); // skips, or fails under CI, when Chromium is missing
        var name = "axe-" + role.ToString().ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        await server.AddUserAsync(name, role, Password);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, name, Password);
        return page;
    }

    [GeneratedRegex("/decisions/[0-9a-f-]{36}$")]
    private static partial Regex DecisionAddress();
}
