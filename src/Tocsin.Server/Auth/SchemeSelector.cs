using Tocsin.Server.Web;

namespace Tocsin.Server.Auth;

/// <summary>Which scheme authenticates a request. A request with an <c>Authorization</c> header is Basic
/// (passwords and API keys), everywhere. Without one, the session cookie counts on the web application's own
/// endpoints (pages, sign-out) and on the JSON API only when the request also carries the page's antiforgery
/// token header (a page's own script; checked by <see cref="CookieApiGuard"/>). TAXII never takes the cookie:
/// a cookie is ambient, and a partner's TAXII client has no use for one (docs/security.md). A TLS client certificate with no
/// <c>Authorization</c> header is a partner's credential on TAXII and <c>/api/v1/whoami</c> only (docs/mutual-tls.md).</summary>
public static class SchemeSelector
{
    /// <summary>The header a page's script sends its antiforgery token in.</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    /// <summary>The name of the forwarding scheme that is the default.</summary>
    public const string SchemeName = "Tocsin";

    /// <summary>The scheme for <paramref name="context"/>.</summary>
    public static string Select(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.Headers.Authorization.Count == 0 && context.Connection.ClientCertificate is not null && ClientCertificateAuthenticationHandler.Serves(request.Path))
        {
            return ClientCertificateAuthenticationHandler.SchemeName;
        }

        if (request.Headers.Authorization.Count > 0 || request.Path.StartsWithSegments("/taxii2", StringComparison.Ordinal))
        {
            return BasicAuthenticationHandler.SchemeName;
        }

        if (WebEndpoint.Matches(context))
        {
            return SessionCookie.SchemeName;
        }

        return request.Path.StartsWithSegments("/api", StringComparison.Ordinal) && request.Headers.ContainsKey(AntiforgeryHeader)
            ? SessionCookie.SchemeName
            : BasicAuthenticationHandler.SchemeName;
    }
}
