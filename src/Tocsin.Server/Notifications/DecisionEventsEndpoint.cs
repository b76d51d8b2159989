using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Server.Auth;

namespace Tocsin.Server.Notifications;

/// <summary>Server-sent events announcing decision changes to the decision room, for staff only. The stream follows
/// the audit log's sequence (<see cref="DecisionChangeFeed"/>), so a change made on any node reaches every node's
/// listeners within a poll; each event's <c>id</c> is that sequence, and a client reconnecting with
/// <c>Last-Event-ID</c> misses nothing.</summary>
public static class DecisionEventsEndpoint
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Maps <c>GET /api/v1/decisions/events</c>.</summary>
    public static IEndpointRouteBuilder MapDecisionEventsEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/decisions/events", StreamAsync).WithTags("Decisions").RequireStaff()
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        return endpoints;
    }

    /// <summary><c>GET /api/v1/decisions/events</c>: <c>text/event-stream</c> of <c>decision</c> events, one per write to
    /// a decision from now on (or after <c>Last-Event-ID</c>): data <c>{"decision", "kinds", "exercise", "scheme",
    /// "level", "territories"}</c>, where kinds are the events the write added (<c>Proposed</c>, <c>Approved</c>,
    /// <c>Rejected</c>, <c>Withdrawn</c>, <c>CancellationProposed</c>, <c>Cancelled</c>, …). A comment line is sent every
    /// 15 s to keep proxies from closing the stream. 401 without credentials; 403 for a partner.</summary>
    private static async Task<EmptyHttpResult> StreamAsync(HttpContext context, DecisionChangeFeed feed, TimeProvider clock, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        var cursor = long.TryParse(context.Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var resumed)
            ? resumed
            : await feed.HeadAsync(cancellationToken);
        await response.WriteAsync(": decision events\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
        var quiet = TimeSpan.Zero;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var (changes, last) = await feed.AfterAsync(cursor, 500, cancellationToken);
                foreach (var change in changes)
                {
                    var data = JsonSerializer.Serialize(new
                    {
                        decision = change.DecisionId,
                        kinds = change.Kinds,
                        exercise = change.Exercise,
                        scheme = change.Scheme,
                        level = change.Level,
                        territories = change.Territories,
                    }, Json);
                    await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"id: {change.Sequence}\nevent: decision\ndata: {data}\n\n"), cancellationToken);
                }

                quiet = changes.Count > 0 ? TimeSpan.Zero : quiet + Poll;
                if (quiet >= KeepAlive)
                {
                    await response.WriteAsync(": keep-alive\n\n", cancellationToken);
                    quiet = TimeSpan.Zero;
                }

                await response.Body.FlushAsync(cancellationToken);
                var moved = last != cursor;
                cursor = last;
                if (!moved)
                {
                    await Task.Delay(Poll, clock, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }

        return TypedResults.Empty;
    }
}
