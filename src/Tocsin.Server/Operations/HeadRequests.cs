namespace Tocsin.Server.Operations;

/// <summary>HEAD wherever GET is mapped (RFC 9110 §9.3.2): a HEAD request is served as the GET it mirrors, with the same
/// status and headers (ETag, Cache-Control, Content-Length…), and the body is counted, never sent. Routes need not be
/// mapped twice, and a monitor's <c>HEAD /feeds/cap.atom</c> no longer answers 405.</summary>
public sealed class HeadRequests(RequestDelegate next)
{
    /// <summary>Serves a HEAD request as a GET without its body; passes every other request through.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        await using var discarded = new CountingSink();
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = discarded;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }

        if (!context.Response.HasStarted && context.Response.ContentLength is null && discarded.Length > 0)
        {
            context.Response.ContentLength = discarded.Length;
        }
    }
}
