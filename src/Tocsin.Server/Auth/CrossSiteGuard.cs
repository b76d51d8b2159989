using Microsoft.Net.Http.Headers;
using Tocsin.Core;
using Tocsin.Server.Api;
using Tocsin.Server.Hosting;
using Tocsin.Server.Taxii;

namespace Tocsin.Server.Auth;

/// <summary>No state change can be triggered cross-site. Basic credentials are ambient — a browser resends
/// them to any page's request — so every state-changing request (POST, PUT, PATCH, DELETE; TAXII included) is
/// refused with 403 <c>cross-site</c> when the browser marks it <c>Sec-Fetch-Site: cross-site</c> or
/// <c>same-site</c>, or its <c>Origin</c> is present and not <see cref="PublicOrigin"/>; and with 415
/// <c>unsupported-media-type</c> when its body is a type the endpoint does not document (form-encoded and
/// multipart bodies never are). Clients that are not browsers send neither header and pass.</summary>
/// <remarks>One middleware for every endpoint, present and future. The cookie sign-in of the web application
/// adds its antiforgery token check on top of this one; the rule here stays the same for both.</remarks>
public sealed class CrossSiteGuard(RequestDelegate next, PublicOrigin origin)
{
    private static readonly string[] Json = ["application/json"];

    /// <summary>Checks one request; refusals change nothing and are problems (TAXII errors under <c>/taxii2</c>).</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            await next(context);
            return;
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var requestOrigin = request.Headers.Origin.ToString();
        // Our pages send Referrer-Policy: no-referrer, so a browser posts their forms with Origin "null"; its
        // Sec-Fetch-Site, which no page can set, then tells whether the post came from our own origin.
        var ownForm = site == "same-origin" && requestOrigin == "null";
        if (site is "cross-site" or "same-site" || (requestOrigin.Length > 0 && !ownForm && !origin.IsOurs(requestOrigin, request)))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, new Error("cross-site",
                "State changes are refused from other sites: use Tocsin's own pages or a client that is not a browser."));
            return;
        }

        if (HasBody(request) && !Documented(context, request.ContentType))
        {
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, new Error("unsupported-media-type",
                $"This endpoint takes {string.Join(" or ", Accepted(context))} bodies, not '{request.ContentType}'."));
            return;
        }

        await next(context);
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0) || !string.IsNullOrEmpty(request.ContentType);

    private static bool Documented(HttpContext context, string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return context.GetEndpoint()?.Metadata.GetMetadata<BodyMediaTypes>()?.AllowsUnlabelled == true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType.Value is not { } mediaType)
        {
            return false;
        }

        if (IsTaxii(context))
        {
            // TAXII negotiates its own media types (415 as a TAXII error); forms are never among them.
            return !mediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
                && !mediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);
        }

        return Accepted(context).Any(a => a.Equals(mediaType, StringComparison.OrdinalIgnoreCase));
    }

    private static IReadOnlyList<string> Accepted(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<BodyMediaTypes>()?.MediaTypes ?? Json;

    private static bool IsTaxii(HttpContext context) => context.Request.Path.StartsWithSegments("/taxii2", StringComparison.Ordinal);

    private static Task RefuseAsync(HttpContext context, int status, Error error) => IsTaxii(context)
        ? (status == StatusCodes.Status403Forbidden ? TaxiiErrors.From(TaxiiErrors.Forbidden(error.Message)) : TaxiiErrors.UnsupportedMediaType()).ExecuteAsync(context)
        : Problems.For(error.As(status == StatusCodes.Status403Forbidden ? ErrorKind.Forbidden : ErrorKind.UnsupportedMediaType)).ExecuteAsync(context);
}
