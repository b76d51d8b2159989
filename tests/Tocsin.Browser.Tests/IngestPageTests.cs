using Microsoft.Playwright;
using Tocsin.Core.Ingest.Evaluation;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Browser.Tests;

public sealed class IngestPageTests(RunningServer server, BrowserSession browser)
    : IClassFixture<RunningServer>, IClassFixture<BrowserSession>
{
    private static readonly string Crocus = TestCorpus.Crocus.Input.Text;

    [Fact]
    public async Task An_analyst_drafts_a_report_sees_its_spans_and_accepts_an_item()
    {
        var page = await AnalystPageAsync();
        await DraftAsync(page, Crocus);

        var marks = await page.Locator("#draft-text mark").AllTextContentsAsync();
        var row = page.Locator("#draft-items tbody tr", new() { HasText = "location" }).First;
        await row.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await page.Locator("#draft-items tbody tr.accepted").First.WaitForAsync();

        Assert.Contains("Islamic State", marks);
        Assert.Equal("accepted", await page.Locator("#draft-items tbody tr.accepted .status").First.TextContentAsync());
    }

    [Fact]
    public async Task Markup_in_a_report_is_shown_as_text_and_never_run()
    {
        var page = await AnalystPageAsync();

        await DraftAsync(page, Crocus + "\n\nA reader commented: <script>window.tocsinInjected = 1</script><img src=x onerror=\"window.tocsinInjected = 2\">");

        Assert.Equal((true, 0, true), (
            (await page.Locator("#draft-text").TextContentAsync())!.Contains("<script>window.tocsinInjected = 1</script>", StringComparison.Ordinal),
            await page.Locator("#draft-text script, #draft-text img").CountAsync(),
            await page.EvaluateAsync<bool>("() => window.tocsinInjected === undefined")));
    }

    [Fact]
    public async Task A_draft_can_be_reopened_by_its_id()
    {
        var page = await AnalystPageAsync();
        await DraftAsync(page, Crocus);
        var id = await page.Locator("#draft-id").TextContentAsync();

        await page.GotoAsync(new Uri(server.BaseAddress, $"/analyst/ingest?draft={id}").ToString());
        await page.Locator("#draft-text mark").First.WaitForAsync();

        Assert.Equal(id, await page.Locator("#draft-id").TextContentAsync());
    }

    [Fact]
    public async Task The_account_page_links_to_the_ingest_page()
    {
        var page = await AnalystPageAsync();

        await page.GotoAsync(new Uri(server.BaseAddress, "/account").ToString());
        await page.ClickAsync("text=Ingest a report");

        Assert.Equal("Ingest a report", await page.Locator("h1").TextContentAsync());
    }

    private async Task<IPage> AnalystPageAsync()
    {
        if (browser.Browser is null)
        {
            await browser.NewPageAsync(); // skips, or fails under CI, as BrowserSession decides
        }

        var name = "ana-" + Guid.NewGuid().ToString("N")[..8];
        await server.AddUserAsync(name, Role.Analyst, "analyst-password");
        await server.GrantPictureAsync(name);
        var context = await browser.Browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, name, "analyst-password");
        return page;
    }

    private async Task DraftAsync(IPage page, string text)
    {
        await page.GotoAsync(new Uri(server.BaseAddress, "/analyst/ingest").ToString());
        await page.FillAsync("#report-text", text);
        await page.FillAsync("#report-source", "AFP");
        await page.FillAsync("#report-published", "2024-03-22");
        await page.ClickAsync("#draft-button");
        await page.Locator("#draft-text mark").First.WaitForAsync(new() { Timeout = 15_000 });
    }
}
