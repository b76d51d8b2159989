using Tocsin.Server.Feeds;

namespace Tocsin.Server.Web.Public;

/// <summary>Makes a <see cref="PublicPageAttribute"/> page safe behind any cache: the page is rendered into a
/// buffer, given a strong ETag over its bytes (304 when the client already holds them) and
/// <see cref="HttpCaching.ShortLived"/>, and any cookie a component might set is dropped — a public page is the
/// same for every reader, signed in or not.</summary>
public sealed class PublicPageCaching(RequestDelegate next)
{
    /// <summary>Buffers and tags public pages; passes everything else through.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || context.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is null)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        response.Headers.Remove("Set-Cookie");
        if (response.StatusCode != StatusCodes.Status200OK)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }

        var bytes = buffer.ToArray();
        var etag = HttpCaching.ETagOf(bytes);
        response.Headers.ETag = etag;
        response.Headers.CacheControl = HttpCaching.ShortLived;
        response.Headers.Remove("Pragma");
        if (HttpCaching.NotModified(context, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentLength = null;
            return;
        }

        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await original.WriteAsync(bytes, context.RequestAborted);
        }
    }
}
