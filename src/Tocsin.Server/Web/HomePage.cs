namespace Tocsin.Server.Web;

/// <summary>The plain home page: what runs here and where to go next.</summary>
public static class HomePage
{
    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Tocsin</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body>
        <main>
        <h1>Tocsin</h1>
        <p>This Tocsin server is running. It holds the intelligence picture as STIX 2.1.</p>
        <ul><li><a href="/health">Health</a></li>
        <li><a href="/analyst/ingest">Ingest a report</a> (analysts)</li></ul>
        </main>
        </body>
        </html>
        """;

    /// <summary>Maps <c>GET /</c>: the home page, public, HTML.</summary>
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => TypedResults.Content(Html, "text/html; charset=utf-8"));
        return endpoints;
    }
}
