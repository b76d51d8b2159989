using Microsoft.Net.Http.Headers;

namespace Tocsin.Server.Web.Errors;

/// <summary>Errors a person can read: a browser asking for HTML gets an HTML page for 403, 404 and 500 (re-executed
/// at <c>/error/{status}</c>, status kept); a staff page without a session redirects to sign-in (the session
/// scheme's challenge). Everything else — the JSON API, TAXII, the feeds, any client not asking for HTML — keeps
/// its problem details or TAXII errors.</summary>
public static class HtmlErrors
{
    private static readonly string[] MachinePaths = ["/api", "/taxii2", "/feeds", "/.well-known", "/openapi", "/health"];

    /// <summary>Adds the HTML error pages for browser requests. Goes after the problem-details handlers, which
    /// keep answering everyone else.</summary>
    public static IApplicationBuilder UseHtmlErrors(this IApplicationBuilder app) =>
        app.UseWhen(WantsHtml, html => html
            .UseExceptionHandler("/error/500")
            .UseStatusCodePagesWithReExecute("/error/{0}"));

    /// <summary>True when the request asks for HTML and is not addressed to a machine interface.</summary>
    public static bool WantsHtml(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (MachinePaths.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
            && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }
}
