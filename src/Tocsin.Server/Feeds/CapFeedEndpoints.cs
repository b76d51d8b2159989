using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Cap;
using Tocsin.Server.Api;
using Tocsin.Server.Plan;
using Tocsin.Server.Snapshot;
using Tocsin.Storage;

namespace Tocsin.Server.Feeds;

/// <summary>The public CAP channels (DESIGN "Interfaces": these URLs are contracts). Unauthenticated, with
/// a strong ETag over the exact bytes, If-None-Match (304) and Cache-Control.</summary>
public static class CapFeedEndpoints
{
    /// <summary>The media type of a CAP message.</summary>
    public const string CapMediaType = "application/cap+xml";

    /// <summary>Maps <c>/feeds/cap.atom</c> and <c>/feeds/cap/{identifier}.xml</c>.</summary>
    public static IEndpointRouteBuilder MapCapFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/feeds").WithTags("Public CAP").AllowAnonymous().WithMetadata(Web.SameForEveryReader.Instance);
        group.MapGet("/cap.atom", FeedAsync);
        group.MapGet("/cap/{file}", MessageAsync);
        return endpoints;
    }

    /// <summary><c>GET /feeds/cap.atom</c>: the Atom feed of the newest 50 Actual, Public CAP messages, newest
    /// first. 200 <c>application/atom+xml</c>; 304 when unchanged. <c>Cache-Control: public, max-age=60</c>.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> FeedAsync(
        HttpContext context, PlanDecisions plan, PublicSnapshots snapshots, CancellationToken cancellationToken)
    {
        var feed = (await snapshots.AtAsync(plan.Now(), cancellationToken)).Feed;
        return HttpCaching.Serve(context, feed.Bytes, feed.ETag, "application/atom+xml; charset=utf-8", HttpCaching.ShortLived);
    }

    /// <summary><c>GET /feeds/cap/{identifier}.xml</c>: one CAP message, byte for byte as stored (the same bytes
    /// the feed links and webhooks carry). 200 <c>application/cap+xml</c>, immutable; 304; 404
    /// <c>message-not-found</c>. An exercise message is served only to a principal holding a role, never cached
    /// publicly; to anyone else it does not exist.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> MessageAsync(
        string file, HttpContext context, ClaimsPrincipal user, ITocsinStore store, PlanDecisions plan, PublicSnapshots snapshots,
        CancellationToken cancellationToken)
    {
        var identifier = file.EndsWith(".xml", StringComparison.Ordinal) ? file[..^".xml".Length] : null;
        // The messages the feed lists are in the snapshot (all Actual and Public); older ones and exercises are read.
        if (identifier is not null && (await snapshots.AtAsync(plan.Now(), cancellationToken)).Messages.TryGetValue(identifier, out var listed))
        {
            return Served(HttpCaching.Serve(context, listed.Bytes, listed.ETag, CapMediaType, HttpCaching.Immutable));
        }

        var message = identifier is null ? null : await store.Publications.FindAsync(identifier, cancellationToken);
        var visible = message is not null && (message.Status == CapStatus.Actual && message.Scope == CapScope.Public || ReadAccess.Allows(user));
        if (!visible)
        {
            return Problems.For(new Error("message-not-found", $"There is no public CAP message '{identifier ?? file}'."));
        }

        var cacheControl = message!.Status == CapStatus.Actual && message.Scope == CapScope.Public ? HttpCaching.Immutable : "private, no-store";
        return Served(HttpCaching.Serve(context, message.Xml.ToArray(), CapMediaType, cacheControl));
    }

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Served(Results<FileContentHttpResult, StatusCodeHttpResult> served) =>
        served.Result switch
        {
            FileContentHttpResult bytes => bytes,
            StatusCodeHttpResult status => status,
            _ => throw new InvalidOperationException("HttpCaching.Serve returns a file or a status."),
        };
}
