using Tocsin.Server.Feeds;
using Tocsin.Server.Plan;
using Tocsin.Server.Snapshot;

namespace Tocsin.Server.Web.Public;

/// <summary>Makes a <see cref="PublicPageAttribute"/> page safe behind any cache: the page is rendered into a
/// buffer, given a strong ETag over its bytes (304 when the client already holds them) and
/// <see cref="HttpCaching.ShortLived"/>, and any cookie a component might set is dropped — a public page is the
/// same for every reader, signed in or not. A page rendered once is kept in the current <see cref="PublicSnapshot"/>
/// and served from there until the next publication replaces it.</summary>
public sealed class PublicPageCaching(RequestDelegate next, PublicSnapshots snapshots, PlanDecisions plan)
{
    // Headers this class writes itself, or drops, on every answer: not kept with the page.
    private static readonly HashSet<string> Answered = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "ETag", "Cache-Control", "Pragma", "Set-Cookie", "Last-Modified",
    };

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

        // The snapshot is taken before rendering: a page rendered while a publication lands is kept in the snapshot
        // it replaces, and so dropped with it.
        var snapshot = await snapshots.AtAsync(plan.Now(), context.RequestAborted);
        var address = string.Concat(request.Host.Value, request.Path.Value, request.QueryString.Value);
        if (snapshot.Page(address) is { } kept)
        {
            context.Response.ContentType = kept.ContentType;
            foreach (var (name, value) in kept.Headers)
            {
                context.Response.Headers[name] = value;
            }

            await AnswerAsync(context, kept.Document, context.Response.Body);
            return;
        }

        var before = context.Response.Headers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
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
        if (response.StatusCode != StatusCodes.Status200OK)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }

        var bytes = buffer.ToArray();
        var rendered = response.Headers.Where(h => !before.Contains(h.Key) && !Answered.Contains(h.Key)).ToList();
        var page = new RenderedPage(response.ContentType, rendered, new PublicDocument(bytes, HttpCaching.ETagOf(bytes)));
        snapshot.Keep(address, page);
        await AnswerAsync(context, page.Document, original);
    }

    private static async Task AnswerAsync(HttpContext context, PublicDocument page, Stream body)
    {
        var response = context.Response;
        response.Headers.Remove("Set-Cookie");
        response.Headers.ETag = page.ETag;
        response.Headers.CacheControl = HttpCaching.ShortLived;
        response.Headers.Remove("Pragma");
        if (HttpCaching.NotModified(context, page.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentLength = null;
            return;
        }

        response.ContentLength = page.Bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await body.WriteAsync(page.Bytes, context.RequestAborted);
        }
    }
}
