using System.Net;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Ingest;
using Tocsin.Core.Principals;
using Tocsin.Server.Tests.Web;
using Tocsin.Storage;

namespace Tocsin.Server.Tests.Ingest;

/// <summary>Report files uploaded to <c>POST /api/v1/drafts</c>: text, HTML and PDF are read by their content, whatever
/// type the client declares; anything else, and anything too big, is refused with nothing stored.</summary>
public sealed class ReportUploadTests(TocsinApp app) : IClassFixture<TocsinApp>, IAsyncLifetime
{
    private static readonly string[] CrocusLines =
    [
        "Gunmen opened fire at Crocus City Hall near Moscow on Friday, killing 60 people.",
        "Islamic State claimed responsibility for the attack, the group's Amaq agency said.",
    ];

    private HttpClient _analyst = null!;

    public async ValueTask InitializeAsync()
    {
        var name = "ana-" + Guid.NewGuid().ToString("N")[..8];
        await app.AddUserAsync(name, Role.Analyst, "pw");
        await app.GrantAsync(await app.EnsureCollectionAsync("picture"), name, CollectionRights.Read | CollectionRights.Write);
        _analyst = app.CreateClient(name, "pw");
    }

    public ValueTask DisposeAsync()
    {
        _analyst.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_text_file_is_drafted()
    {
        var file = Encoding.UTF8.GetBytes(string.Join('\n', CrocusLines));

        var draft = await CreatedAsync(ReportFiles.Body(file, "text/plain"));

        Assert.Equal((string.Join('\n', CrocusLines), true), (draft.GetProperty("text").GetString(), HasActor(draft, "Islamic State")));
    }

    [Fact]
    public async Task An_html_page_is_drafted_from_its_visible_text_without_scripts_or_styles()
    {
        var file = ReportFiles.Html("Crocus wire", CrocusLines);

        var draft = await CreatedAsync(ReportFiles.Body(file, "text/html"));

        var text = draft.GetProperty("text").GetString()!;
        Assert.Equal((true, false, false, false, true), (text.Contains(CrocusLines[1], StringComparison.Ordinal),
            text.Contains("injected", StringComparison.Ordinal), text.Contains("color", StringComparison.Ordinal), text.Contains('<', StringComparison.Ordinal),
            HasActor(draft, "Islamic State")));
    }

    [Fact]
    public async Task A_pdf_file_is_drafted_from_the_text_of_its_pages()
    {
        var file = ReportFiles.Pdf(CrocusLines);

        var draft = await CreatedAsync(ReportFiles.Body(file, "application/pdf"));

        Assert.Equal((true, true), (draft.GetProperty("text").GetString()!.Contains("Crocus City Hall", StringComparison.Ordinal), HasActor(draft, "Islamic State")));
    }

    [Fact]
    public async Task The_kind_is_read_from_the_content_not_the_declared_type()
    {
        var file = ReportFiles.Pdf(CrocusLines);

        var draft = await CreatedAsync(ReportFiles.Body(file, "text/html"));

        Assert.StartsWith("Gunmen opened fire", draft.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_is_refused_as_an_unsupported_type_and_nothing_is_stored()
    {
        var drafts = await app.CountDraftsAsync();

        var response = await _analyst.PostAsync(ReportFiles.Url(), ReportFiles.Body(ReportFiles.Png(), "application/octet-stream"), TestContext.Current.CancellationToken);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.UnsupportedMediaType, response, "application/problem+json")).RootElement;
        Assert.Equal(("unsupported-file-type", drafts), (problem.GetProperty("code").GetString(), await app.CountDraftsAsync()));
    }

    [Fact]
    public async Task A_file_of_a_type_the_api_does_not_take_is_refused_before_it_is_read()
    {
        var response = await _analyst.PostAsync(ReportFiles.Url(), ReportFiles.Body(ReportFiles.Png(), "image/png"), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.UnsupportedMediaType, response, "application/problem+json");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_as_too_large_and_nothing_is_stored()
    {
        var drafts = await app.CountDraftsAsync();
        var file = Encoding.UTF8.GetBytes(new string('a', IngestLimits.MaxBytes + 1));

        var response = await _analyst.PostAsync(ReportFiles.Url(), ReportFiles.Body(file, "application/octet-stream"), TestContext.Current.CancellationToken);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.RequestEntityTooLarge, response, "application/problem+json")).RootElement;
        Assert.Equal(("too-large", drafts), (problem.GetProperty("code").GetString(), await app.CountDraftsAsync()));
    }

    [Fact]
    public async Task A_damaged_pdf_is_refused_with_a_clear_error()
    {
        var file = Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not a PDF body at all\n%%EOF");

        var response = await _analyst.PostAsync(ReportFiles.Url(), ReportFiles.Body(file, "application/pdf"), TestContext.Current.CancellationToken);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json")).RootElement;
        Assert.Equal("unreadable-pdf", problem.GetProperty("code").GetString());
    }

    // Found by fuzzing (fuzz/corpus/ingest/crash-*.pdf): on damaged files PdfPig threw InvalidOperationException,
    // IndexOutOfRangeException, NotImplementedException or its font exception, and the upload answered 500.
    [Theory]
    [InlineData("crash-damaged-page.pdf", "unreadable-pdf")]
    [InlineData("crash-damaged-page-2.pdf", "unreadable-pdf")]
    [InlineData("crash-missing-font.pdf", "empty-text")]
    [InlineData("crash-object-offset-past-end.pdf", "unreadable-pdf")]
    [InlineData("crash-unknown-font-type.pdf", "unreadable-pdf")]
    [InlineData("crash-invalid-type1-font.pdf", "unreadable-pdf")]
    public async Task A_pdf_with_a_damaged_page_is_refused_and_no_draft_is_made(string corpusFile, string code)
    {
        var file = await File.ReadAllBytesAsync(Path.Combine(ComponentHtml.RepositoryRoot(), "fuzz", "corpus", "ingest", corpusFile), TestContext.Current.CancellationToken);
        var drafts = await app.CountDraftsAsync();

        var response = await _analyst.PostAsync(ReportFiles.Url(), ReportFiles.Body(file, "application/pdf"), TestContext.Current.CancellationToken);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json")).RootElement;
        Assert.Equal((code, drafts), (problem.GetProperty("code").GetString(), await app.CountDraftsAsync()));
    }

    [Fact]
    public async Task A_file_without_a_source_is_refused()
    {
        var body = ReportFiles.Body(ReportFiles.Pdf(CrocusLines), "application/pdf");

        var response = await _analyst.PostAsync(ReportFiles.Url(source: " "), body, TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json");
    }

    [Fact]
    public async Task An_upload_needs_the_analyst_role()
    {
        var name = "wo-" + Guid.NewGuid().ToString("N")[..8];
        await app.AddUserAsync(name, Role.WatchOfficer, "pw");
        using var watch = app.CreateClient(name, "pw");
        var drafts = await app.CountDraftsAsync();

        var response = await watch.PostAsync(ReportFiles.Url(), ReportFiles.Body(ReportFiles.Pdf(CrocusLines), "application/pdf"),
            TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(drafts, await app.CountDraftsAsync());
    }

    private static bool HasActor(JsonElement draft, string label) =>
        draft.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("field").GetString() == "actor"
            && i.GetProperty("label").GetString()!.Contains(label, StringComparison.Ordinal));

    private async Task<JsonElement> CreatedAsync(ByteArrayContent body)
    {
        var response = await _analyst.PostAsync(ReportFiles.Url(), body, TestContext.Current.CancellationToken);
        return JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, response, "application/json")).RootElement;
    }
}
