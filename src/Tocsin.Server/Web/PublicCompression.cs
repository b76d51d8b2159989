using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Tocsin.Server.Web;

/// <summary>Brotli or gzip for the text Tocsin serves identically to everyone: public pages, static assets (styles,
/// scripts, SVG), the level style sheet, the API documentation files and the public CAP and Atom feeds.</summary>
/// <remarks>Staff pages and every API answer stay uncompressed on purpose. BREACH recovers a secret from the
/// compressed size of a response that reflects attacker-chosen text next to that secret; staff pages carry
/// antiforgery tokens beside echoed form input, and API answers may carry keys. Public pages carry no secret and
/// never vary by cookie (<see cref="Public.PublicPageCaching"/> strips any), so compressing them leaks nothing,
/// and they are the pages whose weight matters (a phone on a poor network, the morning after an attack). HTTPS
/// is included for the same reason: what is compressed holds nothing to steal.</remarks>
public static class PublicCompression
{
    /// <summary>The media types compressed (text only: images and fonts are already compressed).</summary>
    public static readonly IReadOnlyList<string> MediaTypes =
    [
        "text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml",
        "application/xml", "text/xml", "application/atom+xml", "application/cap+xml",
    ];

    /// <summary>Registers Brotli then gzip, at their fastest levels: pages are rendered per request, and the fastest
    /// Brotli level already shrinks the public page several times over.</summary>
    public static IServiceCollection AddTocsinCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = MediaTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Compresses the responses of <see cref="SameForEveryReader"/> endpoints and nothing else. Runs after
    /// routing (which tells them apart) and before <see cref="Public.PublicPageCaching"/>, which then tags and
    /// buffers the uncompressed page.</summary>
    public static IApplicationBuilder UseTocsinCompression(this IApplicationBuilder app) =>
        app.UseWhen(SameForEveryReader.Matches, shared =>
        {
            shared.Use(WeakenETagWhenEncodedAsync);
            shared.UseResponseCompression();
        });

    // A strong ETag names exact bytes (RFC 9110, 8.8.1) and the compressed bytes differ, so a compressed answer
    // carries the weak form of the same tag. If-None-Match is compared weakly, so either form still earns a 304.
    private static Task WeakenETagWhenEncodedAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var etag = headers.ETag.ToString();
            if (!string.IsNullOrEmpty(headers.ContentEncoding) && etag.StartsWith('"'))
            {
                headers.ETag = "W/" + etag;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
