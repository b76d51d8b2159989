using Tocsin.Core.Principals;
using Tocsin.Server.Auth;

namespace Tocsin.Server.Web.Ingest;

/// <summary>The analyst's ingest page: paste a report, see the draft with each item's words highlighted in
/// the text, accept or drop items. A plain HTML shell; <c>/static/ingest.js</c> calls the draft API
/// (<see cref="Server.Ingest.DraftEndpoints"/>) with the same Basic credentials and writes every text
/// through <c>textContent</c>, never as HTML. Works offline: no CDN.</summary>
public static class IngestPage
{
    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Ingest a report — Tocsin</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="/static/ingest.css"></head>
        <body>
        <main>
        <h1>Ingest a report</h1>
        <p>Paste an open-source report. Tocsin drafts the intelligence in it; nothing reaches the picture until you accept it.</p>
        <form id="ingest-form">
        <label for="report-text">Report text</label>
        <textarea id="report-text" name="text" rows="12" required></textarea>
        <div class="row">
        <span><label for="report-source">Source</label> <input id="report-source" name="source" required placeholder="AFP"></span>
        <span><label for="report-published">Published</label> <input id="report-published" name="published" type="date"></span>
        <span><label for="report-language">Language</label>
        <select id="report-language" name="language"><option value="">detect</option><option value="en">English</option><option value="fr">French</option></select></span>
        <button type="submit" id="draft-button">Draft</button>
        </div>
        </form>
        <p id="message" role="status"></p>
        <section id="draft" hidden>
        <h2>Draft <span id="draft-id"></span></h2>
        <div id="draft-text" class="report-text"></div>
        <table id="draft-items">
        <thead><tr><th>Field</th><th>Item</th><th>Confidence</th><th>Words</th><th>Review</th></tr></thead>
        <tbody></tbody>
        </table>
        </section>
        </main>
        <script src="/static/ingest.js"></script>
        </body>
        </html>
        """;

    /// <summary>Maps <c>GET /analyst/ingest</c>, or <c>/analyst/ingest?draft=ID</c> to reopen a draft (authenticated: the browser asks for the Basic credentials) and
    /// its script and style sheet at <c>/static/ingest.js</c> and <c>/static/ingest.css</c> (public; embedded in
    /// the assembly so they are served wherever the server runs).</summary>
    public static IEndpointRouteBuilder MapIngestPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/analyst/ingest", () => TypedResults.Content(Html, "text/html; charset=utf-8")).RequireStaff(Role.Analyst, Role.Admin).ExcludeFromDescription();
        endpoints.MapGet("/static/ingest.js", () => EmbeddedAsset.Content("ingest.js", "text/javascript; charset=utf-8"));
        endpoints.MapGet("/static/ingest.css", () => EmbeddedAsset.Content("ingest.css", "text/css; charset=utf-8"));
        return endpoints;
    }
}
