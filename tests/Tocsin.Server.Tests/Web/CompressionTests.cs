using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace Tocsin.Server.Tests.Web;

/// <summary>What is compressed: the pages and files that are the same for every reader, never a staff page that
/// carries an antiforgery token (BREACH).</summary>
public sealed class CompressionTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_public_level_page_comes_in_Brotli_with_a_weak_ETag_and_no_Blazor_script()
    {
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Get("/fr/levels/vigipirate", "br"), Ct);

        await using var brotli = new BrotliStream(await response.Content.ReadAsStreamAsync(Ct), CompressionMode.Decompress);
        var page = await new StreamReader(brotli).ReadToEndAsync(Ct);
        Assert.Equal(("br", true, true, false),
            (string.Join(",", response.Content.Headers.ContentEncoding), response.Headers.ETag?.IsWeak, page.Contains("</html>", StringComparison.Ordinal),
             page.Contains("_framework/blazor.web", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_compressed_public_page_answers_its_ETag_with_304()
    {
        using var client = app.CreateClient();
        using var first = await client.SendAsync(Get("/en/levels/vigipirate", "gzip"), Ct);
        using var again = Get("/en/levels/vigipirate", "gzip");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_with_its_antiforgery_token_is_never_compressed()
    {
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Get("/account/signin", "br, gzip"), Ct);

        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal((0, true), (response.Content.Headers.ContentEncoding.Count, page.Contains("__RequestVerificationToken", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_staff_page_keeps_the_Blazor_script_for_enhanced_navigation()
    {
        using var client = app.CreateClient();

        var page = await client.GetStringAsync(new Uri("/account/signin", UriKind.Relative), Ct);

        Assert.Contains("_framework/blazor.web", page, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Get(string path, string encodings)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd(encodings);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }
}
