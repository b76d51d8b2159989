using Microsoft.AspNetCore.Http.HttpResults;

namespace Tocsin.Server.Ingest;

/// <summary>Refuses state-changing requests that a browser sends on behalf of another site. Basic credentials
/// are ambient (the browser resends them), so without this a page elsewhere could submit a form that drafts
/// or accepts. Browsers mark such requests with <c>Origin</c> and <c>Sec-Fetch-Site</c>; clients that send
/// neither (curl, the CLI, partners' tools) are not browsers and pass.</summary>
internal static class SameOriginFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers.Origin.ToString();
        var crossSite = site is "cross-site" or "same-site"
            || (origin.Length > 0 && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)));
        return crossSite ? Refused() : await next(context);
    }

    private static ProblemHttpResult Refused() => TypedResults.Problem(
        detail: "Requests from another site are refused: use the Tocsin pages or a client that is not a browser.",
        statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused",
        extensions: new Dictionary<string, object?> { ["code"] = "cross-site" });
}
