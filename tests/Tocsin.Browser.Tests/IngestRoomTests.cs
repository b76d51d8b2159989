using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Testing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Tocsin.Browser.Tests;

/// <summary>The ingest room on the demo server: a report pasted or uploaded, its draft reviewed with each item's words
/// marked, an item corrected then accepted into the picture, a partner's contribution promoted.</summary>
public sealed class IngestRoomTests(DemoServer server, BrowserSession browser) : IClassFixture<DemoServer>, IClassFixture<BrowserSession>
{
    private static readonly string Crocus = TestCorpus.Crocus.Input.Text;

    [Fact]
    public async Task An_ingested_reports_item_is_corrected_then_accepted_and_the_picture_carries_the_correction()
    {
        var page = await IngestRoom.PageAsync(server, browser, "ana");
        await IngestRoom.DraftAsync(page, server.BaseAddress, Crocus);
        var incident = page.Locator("tr[data-field='incident']").First;
        var incidentId = await incident.GetAttributeAsync("data-item");

        await incident.Locator("a.correct").ClickAsync();
        await page.Locator("#correct-form").WaitForAsync();
        await page.FillAsync("#correct-killed", "145");
        await page.ClickAsync("#accept-corrected");
        await page.Locator($"tr[data-item='{incidentId}'].accepted").WaitForAsync(new() { Timeout = 30_000 });

        var stored = await IngestRoom.InPictureAsync(server, incidentId!);
        var figures = stored!.Root.GetProperty("extensions").GetProperty(TocsinExtensions.TerrorismIncidentId);
        Assert.Equal(145, figures.GetProperty("killed").GetInt32());
    }

    [Fact]
    public async Task A_claim_is_graded_and_its_basis_corrected_before_it_is_accepted()
    {
        var page = await IngestRoom.PageAsync(server, browser, "ana");
        await IngestRoom.DraftAsync(page, server.BaseAddress, Crocus);
        var claim = page.Locator("tr[data-field='claim']").First;
        var claimId = await claim.GetAttributeAsync("data-item");

        await claim.Locator("a.correct").ClickAsync();
        await page.Locator("#correct-form").WaitForAsync();
        await page.SelectOptionAsync("#correct-basis", "assessment");
        await page.FillAsync("#correct-grade", "B2");
        await page.ClickAsync("#accept-corrected");
        await page.Locator($"tr[data-item='{claimId}'].accepted").WaitForAsync(new() { Timeout = 30_000 });

        var assertion = (await IngestRoom.InPictureAsync(server, claimId!))!.Root.GetProperty("extensions").GetProperty(TocsinExtensions.AssertionId);
        Assert.Equal(("assessment", "B", 2), (assertion.GetProperty("basis").GetString(), assertion.GetProperty("source_reliability").GetString(),
            assertion.GetProperty("information_credibility").GetInt32()));
    }

    [Fact]
    public async Task A_bad_correction_is_shown_beside_its_field_and_nothing_is_accepted()
    {
        var page = await IngestRoom.PageAsync(server, browser, "ana");
        await IngestRoom.DraftAsync(page, server.BaseAddress, Crocus);
        var incident = page.Locator("tr[data-field='incident']").First;
        var incidentId = await incident.GetAttributeAsync("data-item");

        await incident.Locator("a.correct").ClickAsync();
        await page.Locator("#correct-form").WaitForAsync();
        await page.FillAsync("#correct-killed", "many");
        await page.ClickAsync("#accept-corrected");
        await page.Locator("#killed-error").WaitForAsync();

        // Only the drafted version exists: nothing was accepted.
        Assert.Single(await server.Services.GetRequiredService<ITocsinStore>().HistoryAsync(incidentId!, CancellationToken.None));
    }

    [Fact]
    public async Task Each_items_words_are_marked_in_the_report_and_the_item_links_to_them()
    {
        var page = await IngestRoom.PageAsync(server, browser, "ana", grant: false);
        await IngestRoom.DraftAsync(page, server.BaseAddress, Crocus);

        var link = await page.Locator("tr[data-field='actor'] a.words").First.GetAttributeAsync("href");
        var marked = await page.Locator(link!).TextContentAsync();

        Assert.Contains("Islamic State", marked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_upload_is_drafted_from_its_text()
    {
        var page = await IngestRoom.PageAsync(server, browser, "ana", grant: false);
        await page.GotoAsync(new Uri(server.BaseAddress, "/analyst/ingest").ToString());

        await page.SetInputFilesAsync("#report-file", new FilePayload { Name = "wire.pdf", MimeType = "application/pdf", Buffer = Pdf() });
        await IngestRoom.FillReportAsync(page);
        await page.ClickAsync("#draft-button");
        await SignIn.UntilAsync(page, url => url.Contains("/analyst/drafts/", StringComparison.Ordinal));

        Assert.Contains("Crocus City Hall", await page.Locator("#draft-text").TextContentAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("image")]
    [InlineData("too-large")]
    public async Task A_refused_upload_is_explained_beside_the_file_field_and_no_draft_is_made(string kind)
    {
        var page = await IngestRoom.PageAsync(server, browser, "ana", grant: false);
        var before = await server.Services.GetRequiredService<ITocsinStore>().Drafts.ListAsync(1000, CancellationToken.None);
        await page.GotoAsync(new Uri(server.BaseAddress, "/analyst/ingest").ToString());
        byte[] file = kind == "image" ? [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] : new byte[(10 * 1024 * 1024) + 1];

        // From a file on disk, not a buffer: Playwright hands a local browser the path, where a buffer of over 10 MiB
        // would cross its pipe as base64 and take most of a minute on a loaded machine. The name gives text/plain.
        var folder = Directory.CreateTempSubdirectory("tocsin-upload-");
        var path = Path.Combine(folder.FullName, "wire.txt");
        await File.WriteAllBytesAsync(path, file, TestContext.Current.CancellationToken);
        await page.SetInputFilesAsync("#report-file", path);
        await IngestRoom.FillReportAsync(page);
        await page.ClickAsync("#draft-button");
        await page.Locator("#file-error").WaitForAsync(new() { Timeout = 60_000 });

        var after = await server.Services.GetRequiredService<ITocsinStore>().Drafts.ListAsync(1000, CancellationToken.None);
        folder.Delete(recursive: true);
        Assert.Equal((true, before.Count), (page.Url.EndsWith("/analyst/ingest", StringComparison.Ordinal), after.Count));
    }

    [Fact]
    public async Task The_drafts_list_shows_each_draft_with_its_state()
    {
        var page = await IngestRoom.PageAsync(server, browser, "ana", grant: false);
        await IngestRoom.DraftAsync(page, server.BaseAddress, Crocus);
        var id = page.Url.Split('/')[^1].Split('#')[0];

        await page.GotoAsync(new Uri(server.BaseAddress, "/analyst/drafts").ToString());

        Assert.Equal("Under review", await page.Locator($"tr[data-draft='{id}'] .state").TextContentAsync());
    }

    [Fact]
    public async Task An_analyst_promotes_a_partner_contribution_from_the_inbox()
    {
        var (partner, objectId) = await ContributeAsync();
        var page = await IngestRoom.PageAsync(server, browser, "ana");

        await page.GotoAsync(new Uri(server.BaseAddress, "/analyst/contributions").ToString());
        await page.Locator($"section[data-partner='{partner}'] tr[data-object='{objectId}'] button").ClickAsync();
        await page.Locator("#promote-message").WaitForAsync(new() { Timeout = 30_000 });

        Assert.NotEmpty(await server.Services.GetRequiredService<ITocsinStore>().HistoryAsync(objectId, CancellationToken.None));
    }

    [Fact]
    public async Task The_ingest_pages_have_no_serious_accessibility_violation()
    {
        var page = await IngestRoom.PageAsync(server, browser, "ana", grant: false);
        await ContributeAsync();
        await IngestRoom.DraftAsync(page, server.BaseAddress, Crocus);
        var draft = new Uri(page.Url).AbsolutePath;
        var item = await page.Locator("tr[data-field='claim'] a.correct").First.GetAttributeAsync("href");

        var violations = await Axe.ViolationsAsync(page, server.BaseAddress,
            ["/analyst/ingest", "/analyst/drafts", draft, item!, "/analyst/contributions", "/fr/analyst/ingest"]);

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("wanda")]
    [InlineData("paul")]
    public async Task Staff_outside_the_analyst_room_cannot_open_the_ingest_pages(string name)
    {
        await browser.NewPageAsync();
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, server.BaseAddress, name, DemoServer.PasswordOf(name));
        var answers = new List<string>();

        foreach (var path in new[] { "/analyst/ingest", "/analyst/drafts", $"/analyst/drafts/{Guid.NewGuid():D}", "/analyst/contributions" })
        {
            var response = await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            answers.Add($"{path} {response!.Status}");
        }

        Assert.All(answers, a => Assert.EndsWith(" 403", a, StringComparison.Ordinal));
    }

    private static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var pdfPage = builder.AddPage(595, 842);
        pdfPage.AddText("Gunmen opened fire at Crocus City Hall near Moscow on Friday, killing 60 people.", 11, new PdfPoint(40, 800), font);
        pdfPage.AddText("Islamic State claimed responsibility for the attack.", 11, new PdfPoint(40, 784), font);
        return builder.Build();
    }

    /// <summary>A partner and one threat actor it contributed to the picture's collection.</summary>
    private async Task<(string Partner, string ObjectId)> ContributeAsync()
    {
        var store = server.Services.GetRequiredService<ITocsinStore>();
        var name = "partner-" + Guid.NewGuid().ToString("N")[..8];
        var partnerId = (await store.AddPrincipalAsync(name, PrincipalKind.Partner, [], null, CancellationToken.None)).Value.Id;
        var picture = (await store.FindCollectionAsync("picture", CancellationToken.None))!;
        var id = "threat-actor--" + Guid.NewGuid().ToString("D");
        var actor = StixObject.Parse(System.Text.Encoding.UTF8.GetBytes(
            $$"""{"type":"threat-actor","spec_version":"2.1","id":"{{id}}","created":"2024-03-01T00:00:00.000Z","modified":"2024-03-01T00:00:00.000Z","name":"Contributed group","threat_actor_types":["terrorist"]}""")).Value;
        await store.Contributions.AddAsync(partnerId, picture.Id, [actor], CancellationToken.None);
        return (name, id);
    }
}
