using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Tocsin.Server.Feeds;

/// <summary>Conditional GET for the public documents: a strong ETag from the SHA-256 of the exact bytes
/// served, <c>If-None-Match</c> answered with 304 (RFC 9110 §13.1.2, weak comparison), a <c>Last-Modified</c> from
/// <see cref="ContentClock"/> with <c>If-Modified-Since</c> answered with 304 when the request has no
/// <c>If-None-Match</c> (§13.1.3), and <c>Cache-Control</c> on both answers.</summary>
public static class HttpCaching
{
    /// <summary>Cache-Control of documents that change when a decision is published (one minute).</summary>
    public const string ShortLived = "public, max-age=60";

    /// <summary>Cache-Control of a stored CAP message, whose bytes never change.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>The ETag of <paramref name="bytes"/>: a quoted, lower-case hex SHA-256.</summary>
    public static string ETagOf(ReadOnlySpan<byte> bytes) => "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes)) + "\"";

    /// <summary>200 with <paramref name="bytes"/>, or 304 when the request's <c>If-None-Match</c> names their
    /// ETag (or is <c>*</c>); both carry <c>ETag</c> and <c>Cache-Control</c>.</summary>
    public static Results<FileContentHttpResult, StatusCodeHttpResult> Serve(HttpContext context, byte[] bytes, string contentType, string cacheControl) =>
        Serve(context, bytes, ETagOf(bytes), contentType, cacheControl);

    /// <summary>As <see cref="Serve(HttpContext, byte[], string, string)"/> with a given <paramref name="etag"/>: a weak
    /// one (<c>W/"…"</c>) for a document whose bytes carry the time of the request but whose content does not
    /// change with it.</summary>
    public static Results<FileContentHttpResult, StatusCodeHttpResult> Serve(HttpContext context, byte[] bytes, string etag, string contentType, string cacheControl)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = cacheControl;
        if (NotModified(context, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(bytes, contentType);
    }

    /// <summary>Sets <c>Last-Modified</c> for the document about to be answered with <paramref name="etag"/>, and tells
    /// whether the request's validators show the client holds it: its <c>If-None-Match</c> names <paramref name="etag"/>
    /// (or is <c>*</c>), or, without <c>If-None-Match</c>, its <c>If-Modified-Since</c> is not before <c>Last-Modified</c>.</summary>
    public static bool NotModified(HttpContext context, string etag)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        // One table for every public document, wherever it is served from: resolved here rather than threaded through
        // each endpoint's parameters.
        var lastModified = context.RequestServices.GetService<ContentClock>()?.LastModified(request.Path + request.QueryString, etag);
        if (lastModified is { } modified)
        {
            context.Response.GetTypedHeaders().LastModified = modified;
        }

        if (!string.IsNullOrWhiteSpace(request.Headers.IfNoneMatch))
        {
            return Matches(request.Headers.IfNoneMatch.ToString(), etag);
        }

        return lastModified is { } known && request.GetTypedHeaders().IfModifiedSince is { } since && known <= since;
    }

    private static bool Matches(string ifNoneMatch, string etag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags))
        {
            return false;
        }

        var ours = EntityTagHeaderValue.Parse(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false));
    }
}
