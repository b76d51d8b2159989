using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Tocsin.Server.Api;
using Tocsin.Server.Feeds;
using Tocsin.Server.Hosting;
using Tocsin.Server.Plan;

namespace Tocsin.Server.Snapshot;

/// <summary>Answers the busiest public questions straight from the current <see cref="PublicSnapshot"/>, ahead of
/// routing, authentication, authorisation, antiforgery and the limits, none of which a public read needs: the Atom
/// feed and the messages it lists, the levels now, and the point look-up now. After an attack every citizen, partner
/// and operator asks exactly these, and each answer is then a few header writes and one copy of precomputed bytes.</summary>
/// <remarks>Only the plain question is answered here: <c>GET</c> or <c>HEAD</c>, the exact path, no query (the point
/// look-up: <c>lat</c> and <c>lon</c> alone, as plain decimals), a snapshot still valid now, and an answer that is a
/// success (200 or 304). Everything else — another scheme, an instant, odd spelling, a point in no territory, an expired
/// snapshot — goes on to the endpoints, which give the same bytes for the same question (they share
/// <see cref="PointAnswer"/>, <see cref="HttpCaching"/> and the snapshot) and every error. The feed and messages are
/// served in Brotli or gzip when asked, compressed once per snapshot; API answers stay uncompressed, as on their
/// endpoints. The security headers are set here, and the route is given to the request's metrics and trace.</remarks>
public sealed class PublicSnapshotAnswers(
    RequestDelegate next, PublicSnapshots snapshots, PlanDecisions plan, PublicationSettings settings, IOptions<JsonOptions> json)
{
    private const string FeedPath = "/feeds/cap.atom";
    private const string MessagesPrefix = "/feeds/cap/";
    private const string LevelsPath = "/api/v1/levels";
    private const string PointPath = "/api/v1/levels/point";
    private const string JsonType = "application/json; charset=utf-8";
    private const string AtomType = "application/atom+xml; charset=utf-8";

    /// <summary>Answers the request when it is one of the plain public questions; passes it on otherwise.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var head = HttpMethods.IsHead(request.Method);
        if (!head && !HttpMethods.IsGet(request.Method) || request.Path.Value is not { } path)
        {
            return next(context);
        }

        var now = plan.Now();
        var snapshot = snapshots.Current;
        // Past its validity the snapshot is rebuilt from the store: the endpoints do that, with their error handling.
        if (snapshot is null || now >= snapshot.ValidUntil)
        {
            return next(context);
        }

        var plain = !request.QueryString.HasValue;
        if (plain && path == FeedPath)
        {
            return DocumentAsync(context, snapshot.Feed, AtomType, HttpCaching.ShortLived, FeedPath, head);
        }

        if (plain && path.StartsWith(MessagesPrefix, StringComparison.Ordinal) && path.EndsWith(".xml", StringComparison.Ordinal)
            && snapshot.Messages.TryGetValue(path[MessagesPrefix.Length..^".xml".Length], out var message))
        {
            return DocumentAsync(context, message, CapFeedEndpoints.CapMediaType, HttpCaching.Immutable, MessagesPrefix + "{file}", head);
        }

        if (!snapshot.Schemes.TryGetValue(settings.DefaultScheme, out var scheme))
        {
            return next(context);
        }

        if (plain && path == LevelsPath)
        {
            var levels = scheme.LevelsAt(MillisecondInstant.Json(now));
            return JsonAsync(context, levels, scheme.LevelsETag, LevelsPath, head);
        }

        if (path == PointPath && Coordinates(request.QueryString.Value!) is var (lat, lon))
        {
            var view = PointAnswer.Locate(plan, scheme.Territories, t => scheme.Entries[t.Id], settings.DefaultScheme, lat, lon,
                MillisecondInstant.Truncate(now));
            if (view.IsSuccess)
            {
                var (bytes, etag) = PointAnswer.Json(view.Value, view.Value with { At = default }, json.Value.SerializerOptions);
                return JsonAsync(context, bytes, etag, PointPath, head);
            }
        }

        return next(context);
    }

    private static Task DocumentAsync(HttpContext context, PublicDocument document, string contentType, string cacheControl, string route, bool head)
    {
        var encoding = AcceptedEncoding.Choose(context.Request.Headers.AcceptEncoding);
        var headers = context.Response.Headers;
        // The answer differs by Accept-Encoding whatever this request asked, so every answer says so to caches.
        headers.Vary = "Accept-Encoding";
        if (AcceptedEncoding.HeaderValue(encoding) is { } coding)
        {
            headers.ContentEncoding = coding;
        }

        // Last-Modified follows the document, not its coding: the identity tag keeps one clock per address.
        return AnswerAsync(context, document.In(encoding), document.ETagIn(encoding), document.ETag, contentType, cacheControl, route, head);
    }

    private static Task JsonAsync(HttpContext context, byte[] bytes, string etag, string route, bool head) =>
        AnswerAsync(context, bytes, etag, etag, JsonType, HttpCaching.ShortLived, route, head);

    private static async Task AnswerAsync(
        HttpContext context, byte[] bytes, string etag, string clockETag, string contentType, string cacheControl, string route, bool head)
    {
        Name(context, route);
        SecurityHeaders.Apply(context);
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        if (HttpCaching.NotModified(context, clockETag))
        {
            response.Headers.ContentEncoding = default;
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        if (!head)
        {
            await response.BodyWriter.WriteAsync(bytes, context.RequestAborted);
        }
    }

    // The route the endpoint would have matched, for the request-duration metric and the trace (routing never ran).
    private static void Name(HttpContext context, string route)
    {
        context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(new("http.route", route));
        if (Activity.Current is { } activity)
        {
            activity.DisplayName = context.Request.Method + " " + route;
            activity.SetTag("http.route", route);
        }
    }

    // `lat=…&lon=…` in either order, each once, as plain decimals (the endpoint reads every other spelling); null when
    // the query is anything else.
    private static (double Lat, double Lon)? Coordinates(string query)
    {
        double? lat = null, lon = null;
        foreach (var pair in query.AsSpan(1).ToString().Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || !PlainDecimal(pair.AsSpan(equals + 1)))
            {
                return null;
            }

            var value = double.Parse(pair.AsSpan(equals + 1), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            switch (pair.AsSpan(0, equals))
            {
                case "lat" when lat is null:
                    lat = value;
                    break;
                case "lon" when lon is null:
                    lon = value;
                    break;
                default:
                    return null;
            }
        }

        return lat is { } y && lon is { } x ? (y, x) : null;
    }

    // An optional minus, up to three digits, optionally a point and up to fifteen more: what any binder reads alike.
    private static bool PlainDecimal(ReadOnlySpan<char> text)
    {
        var digits = text.StartsWith("-") ? text[1..] : text;
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? [] : digits[(point + 1)..];
        return whole.Length is > 0 and <= 3 && !whole.ContainsAnyExceptInRange('0', '9')
            && (point < 0 || fraction.Length is > 0 and <= 15 && !fraction.ContainsAnyExceptInRange('0', '9'));
    }
}
