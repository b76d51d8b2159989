using Microsoft.Playwright;
using Tocsin.Core.Principals;

namespace Tocsin.Browser.Tests;

/// <summary>The API viewer at <c>/api/docs</c> works from the server alone under its content security policy: it
/// lists the operations and a "Try it out" call gets its answer.</summary>
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
        await page.Locator(".opblock").First.WaitForAsync();
        return (page, errors);
    }

    [Fact]
    public async Task The_viewer_lists_the_operations_with_no_content_security_policy_violation()
    {
        var (page, errors) = await OpenViewerAsync(server, browser);

        var operations = await page.Locator(".opblock").CountAsync();

        Assert.True(operations > 40, $"{operations} operations shown");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Try_it_out_gets_the_levels_in_force_from_the_same_server()
    {
        var (page, errors) = await OpenViewerAsync(server, browser);
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
        var whoami = page.Locator(".opblock-get", new() { Has = page.Locator(".opblock-summary-path[data-path='/api/v1/whoami']") });

        await whoami.Locator(".opblock-summary").ClickAsync();
        await whoami.Locator("button.try-out__btn").ClickAsync();
        await whoami.Locator("button.execute").ClickAsync();
        var body = whoami.Locator(".live-responses-table .response-col_description pre").First;
        await body.WaitForAsync();

        Assert.Contains("viewer-analyst", await body.TextContentAsync(), StringComparison.Ordinal);
    }
}
