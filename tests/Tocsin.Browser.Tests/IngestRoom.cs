using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Storage;

namespace Tocsin.Browser.Tests;

/// <summary>What the ingest room's browser tests do on the demo server: sign in, draft a report through the page, read
/// what the picture holds.</summary>
internal static class IngestRoom
{
    /// <summary>A signed-in page of the demo user <paramref name="name"/>, who is given read and write grants on the
    /// picture first when <paramref name="grant"/> (accepting into the picture needs them).</summary>
    public static async Task<IPage> PageAsync(DemoServer server, BrowserSession browser, string name, bool grant = true)
    {
        await browser.NewPageAsync(); // skips, or fails under CI, as BrowserSession decides
        if (grant)
        {
            var store = server.Services.GetRequiredService<ITocsinStore>();
            var picture = await store.FindCollectionAsync("picture", CancellationToken.None);
            var principal = (await store.FindPrincipalAsync(name, CancellationToken.None))!;
            await store.GrantAsync(picture!.Id, principal.Id, CollectionRights.Read | CollectionRights.Write, CancellationToken.None);
        }

        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, name, DemoServer.PasswordOf(name));
        return page;
    }

    /// <summary>Drafts <paramref name="text"/> through the ingest form and waits for the draft's review page.</summary>
    public static async Task DraftAsync(IPage page, Uri server, string text)
    {
        await page.GotoAsync(new Uri(server, "/analyst/ingest").ToString());
        await page.FillAsync("#report-text", text);
        await FillReportAsync(page);
        await page.ClickAsync("#draft-button");
        await SignIn.UntilAsync(page, url => url.Contains("/analyst/drafts/", StringComparison.Ordinal));
    }

    /// <summary>The source and date of the report in the ingest form.</summary>
    public static async Task FillReportAsync(IPage page)
    {
        await page.FillAsync("#report-source", "AFP");
        await page.FillAsync("#report-published", "2024-03-22");
    }

    /// <summary>The newest version of <paramref name="id"/> in the picture, or null.</summary>
    public static async Task<StixObject?> InPictureAsync(DemoServer server, string id)
    {
        var history = await server.Services.GetRequiredService<ITocsinStore>().HistoryAsync(id, CancellationToken.None);
        return history.Where(v => !v.Deleted).Select(v => v.Object).OrderBy(o => o.Modified).LastOrDefault();
    }
}
