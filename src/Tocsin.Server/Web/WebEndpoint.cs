namespace Tocsin.Server.Web;

/// <summary>Endpoint metadata: this endpoint belongs to the web application (a page, a static asset, the level
/// style sheet, sign-in and sign-out), not to the API or TAXII. Only such endpoints accept the sign-in cookie and
/// answer a browser with HTML errors.</summary>
public sealed class WebEndpoint
{
    private WebEndpoint()
    {
    }

    /// <summary>The one instance.</summary>
    public static WebEndpoint Instance { get; } = new();

    /// <summary>True when the request was routed to a web endpoint.</summary>
    public static bool Matches(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint()?.Metadata.GetMetadata<WebEndpoint>() is not null;
    }
}
