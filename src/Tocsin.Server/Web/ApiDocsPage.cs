using System.Collections.Concurrent;

namespace Tocsin.Server.Web;

/// <summary>The interactive API viewer at <c>/api/docs</c>: Swagger UI (swagger-ui-dist, Apache-2.0, vendored in
/// <c>Web/apidocs/swagger-ui-dist/</c> with its licence) on this server's own <c>/openapi/v1.json</c>, served from
/// the assembly — no CDN, works offline. Public and read-only like the document it shows; "Try it out" sends
/// requests to this same origin with the credentials the user enters under "Authorize", and the server checks
/// them as for any other client.</summary>
/// <remarks>It runs under the site-wide content security policy unchanged: the page has no inline script or
/// style, its start-up script is <c>apidocs.js</c>, and the viewer is told to use no outside validator.</remarks>
public static class ApiDocsPage
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["swagger-ui-bundle.js"] = "text/javascript; charset=utf-8",
        ["swagger-ui.css"] = "text/css; charset=utf-8",
        ["apidocs.js"] = "text/javascript; charset=utf-8",
        ["apidocs.css"] = "text/css; charset=utf-8",
        ["LICENSE"] = "text/plain; charset=utf-8",
        ["NOTICE"] = "text/plain; charset=utf-8",
        ["swagger-ui-bundle.js.LICENSE.txt"] = "text/plain; charset=utf-8",
    };

    // The bundle is 1.7 MB: read from the assembly once, not per request.
    private static readonly ConcurrentDictionary<string, byte[]> Loaded = new(StringComparer.Ordinal);

    /// <summary>Maps <c>GET /api/docs</c> (the page) and <c>GET /api/docs/{file}</c> (its scripts, styles and
    /// licences); any other file name is a 404.</summary>
    public static IEndpointRouteBuilder MapApiDocsPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/docs", () => TypedResults.Bytes(Load("index.html"), "text/html; charset=utf-8"))
            .AllowAnonymous().WithMetadata(SameForEveryReader.Instance).ExcludeFromDescription();
        endpoints.MapGet("/api/docs/{file}", (string file, HttpContext context) =>
            {
                if (!Files.TryGetValue(file, out var contentType))
                {
                    return Results.NotFound();
                }

                context.Response.Headers.CacheControl = "public, max-age=3600";
                return TypedResults.Bytes(Load(file), contentType);
            })
            .AllowAnonymous().WithMetadata(SameForEveryReader.Instance).ExcludeFromDescription();
        return endpoints;
    }

    private static byte[] Load(string file) => Loaded.GetOrAdd(file, static name =>
    {
        using var stream = typeof(ApiDocsPage).Assembly.GetManifestResourceStream("Tocsin.Server.Web.apidocs." + name)
            ?? throw new InvalidOperationException($"The API viewer file '{name}' is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
