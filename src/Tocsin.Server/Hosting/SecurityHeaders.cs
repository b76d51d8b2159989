namespace Tocsin.Server.Hosting;

/// <summary>Headers every response carries (docs/security.md, "Headers"): no MIME sniffing, a strict content
/// security policy — our own scripts, styles and images only, nothing inline, no plugins, never framed — no
/// referrer leaving the site, and HSTS when the request came over TLS.</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The policy. Pages must therefore keep scripts and styles in static files (<c>wwwroot/</c>); <c>base-uri
    /// 'self'</c> admits the pages' own <c>&lt;base href="/"&gt;</c>.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>HSTS: one year, subdomains included. Sent only over HTTPS, as RFC 6797 §7.2 requires.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>Adds the headers before the response starts, whatever produces it.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>Sets the headers on <paramref name="context"/>'s response now: for answers written ahead of this
    /// middleware (<see cref="Snapshot.PublicSnapshotAnswers"/>).</summary>
    public static void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY"; // frame-ancestors for browsers that predate CSP level 2
        headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }
}
