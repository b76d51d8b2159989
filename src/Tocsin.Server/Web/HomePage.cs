using Tocsin.Server.Plan;

namespace Tocsin.Server.Web;

/// <summary>The plain home page: the national threat level now, what runs here and where to go next.</summary>
public static class HomePage
{
    private const string Head = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Tocsin</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="/static/home.css"></head>
        <body>
        <main>
        <h1>Tocsin</h1>
        """;

    private const string Tail = """
        <p>This Tocsin server is running. It holds the intelligence picture as STIX 2.1.</p>
        <ul><li><a href="/health">Health</a></li>
        <li><a href="/analyst/ingest">Ingest a report</a> (analysts)</li></ul>
        </main>
        </body>
        </html>
        """;

    /// <summary>Maps <c>GET /</c>: the home page, public, HTML, with the current levels of the default scheme; and its
    /// style sheet <c>/static/home.css</c> (no inline style: the content security policy forbids it).</summary>
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", async (PlanDecisions plan, PublicationSettings settings, CancellationToken cancellationToken) =>
            TypedResults.Content(Head + await StatusHtml.RenderAsync(plan, settings, cancellationToken) + Tail, "text/html; charset=utf-8"));
        endpoints.MapGet("/static/home.css", () => EmbeddedAsset.Content("home.css", "text/css; charset=utf-8"));
        return endpoints;
    }
}
