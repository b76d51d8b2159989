using System.Net;
using System.Text.RegularExpressions;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Tests.Access;

/// <summary>Every response carries the security headers, and the pages work under the content security policy:
/// no inline script or style.</summary>
public sealed partial class SecurityHeadersTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/levels")]
    [InlineData("/api/v1/whoami")]
    [InlineData("/taxii2/")]
    public async Task Every_response_forbids_sniffing_framing_and_referrers(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(
            ("nosniff", Hosting.SecurityHeaders.ContentSecurityPolicy, "no-referrer", false),
            (Header(response, "X-Content-Type-Options"), Header(response, "Content-Security-Policy"), Header(response, "Referrer-Policy"),
                response.Headers.Contains("Strict-Transport-Security")));
        Assert.Contains("frame-ancestors 'none'", Hosting.SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/en/")]
    [InlineData("/fr/levels/uk-threat-level")]
    [InlineData("/analyst/ingest")]
    [InlineData("/account")]
    public async Task Pages_hold_no_inline_script_or_style(string path)
    {
        var name = Tocsin.Testing.Some.Alias("reader");
        await app.AddUserAsync(name, Role.Analyst, "page-reader-password");
        using var client = app.CreateClient(name, "page-reader-password");

        var html = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Empty(Inline().Matches(html).Select(m => m.Value));
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/css/ingest.css", "text/css")]
    [InlineData("/js/ingest.js", "text/javascript")]
    [InlineData("/styles/levels.css", "text/css")]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    public async Task The_pages_own_scripts_and_styles_are_served(string path, string mediaType)
    {
        using var client = app.CreateClient();

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken), mediaType);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    // <style>, a style="" attribute, an inline <script> (one without src), or an on…="" event handler.
    [GeneratedRegex("""<style|\sstyle\s*=|<script(?![^>]*\ssrc=)[^>]*>|\son[a-z]+\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex Inline();
}
