using Microsoft.Playwright;
using Tocsin.Core.Principals;

namespace Tocsin.Browser.Tests;

/// <summary>The API viewer at <c>/api/docs</c> works from the server alone under its content security policy: it
/// lists every area of the API, an area opens on its operations, and a "Try it out" call gets its answer.</summary>
public sealed class ApiDocsPageTests(RunningServer server, BrowserSession browser)
    : IClassFixture<RunningServer>, IClassFixture<BrowserSession>
{
    private static async Task<(IPage Page, List<string> Errors)> OpenViewerAsync(RunningServer server, BrowserSession browser)
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        // A blocked script, style or connection is reported on the console as an error ("Refused to …").
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(server.BaseAddress, "/api/docs").ToString());
        await page.Locator(".opblock-tag").First.WaitForAsync();
        return (page, errors);
    }

    [Fact]
    public async Task The_viewer_lists_every_area_and_opens_each_on_its_operations_with_no_content_security_policy_violation()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var description = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));
        var operations = description.RootElement.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject())
            .Where(o => o.Value.ValueKind == System.Text.Json.JsonValueKind.Object && o.Value.TryGetProperty("tags", out _))
            .GroupBy(o => o.Value.GetProperty("tags")[0].GetString()!).ToDictionary(g => g.Key, g => g.Count());
        var (page, errors) = await OpenViewerAsync(server, browser);

        var areas = await page.Locator(".opblock-tag").CountAsync();
        await page.Locator(".opblock-tag[data-tag='Sharing']").ClickAsync();
        await page.Locator(".opblock").Nth(operations["Sharing"] - 1).WaitForAsync();
        var shown = await page.Locator(".opblock").CountAsync();

        Assert.Equal((operations.Count, operations["Sharing"]), (areas, shown));
        Assert.True(operations.Values.Sum() > 100, $"{operations.Values.Sum()} operations described");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Try_it_out_gets_the_levels_in_force_from_the_same_server()
    {
        var (page, errors) = await OpenViewerAsync(server, browser);
        await page.Locator(".opblock-tag[data-tag='Public status']").ClickAsync();
        var levels = page.Locator(".opblock-get", new() { Has = page.Locator(".opblock-summary-path[data-path='/api/v1/levels']") });

        await levels.Locator(".opblock-summary").ClickAsync();
        await levels.Locator("button.try-out__btn").ClickAsync();
        await levels.Locator("button.execute").ClickAsync();
        var status = levels.Locator(".live-responses-table .response .response-col_status").First;
        await status.WaitForAsync();

        Assert.Equal("200", (await status.TextContentAsync())?.Trim());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Try_it_out_with_authorize_sends_the_credentials_entered()
    {
        await server.AddUserAsync("viewer-analyst", Role.Analyst, "viewer-password");
        var (page, _) = await OpenViewerAsync(server, browser);
        await page.Locator("button.authorize").First.ClickAsync();
        await page.Locator(".auth-container input[type='text']").FillAsync("viewer-analyst");
        await page.Locator(".auth-container input[type='password']").FillAsync("viewer-password");
        await page.Locator(".auth-container button.authorize").ClickAsync();
        await page.Locator("button.close-modal").ClickAsync();
        await page.Locator(".opblock-tag[data-tag='WhoAmIEndpoints']").ClickAsync();
        var whoami = page.Locator(".opblock-get", new() { Has = page.Locator(".opblock-summary-path[data-path='/api/v1/whoami']") });

        await whoami.Locator(".opblock-summary").ClickAsync();
        await whoami.Locator("button.try-out__btn").ClickAsync();
        await whoami.Locator("button.execute").ClickAsync();
        var body = whoami.Locator(".live-responses-table .response-col_description pre").First;
        await body.WaitForAsync();

        Assert.Contains("viewer-analyst", await body.TextContentAsync(), StringComparison.Ordinal);
    }
}
