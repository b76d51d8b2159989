using System.Data.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Storage;

namespace Tocsin.Server;

/// <summary>Health for load balancers, orchestrators and the CLI (docs/operations.md "Health").</summary>
public static partial class HealthEndpoints
{
    /// <summary>How long readiness waits for the database before it calls it unreachable.</summary>
    private static readonly TimeSpan DatabaseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Maps <c>GET /health</c> and <c>GET /health/live</c> (the process serves requests) and
    /// <c>GET /health/ready</c> (and it can use its database). All anonymous; HEAD works on each.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/health").WithTags("Health").AllowAnonymous();
        group.MapGet("", Live);
        group.MapGet("/live", Live);
        group.MapGet("/ready", ReadyAsync).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    /// <summary>200 <c>{"status":"ok"}</c> while the process serves requests; it touches nothing else, so a
    /// database outage never gets a healthy process restarted.</summary>
    private static Ok<HealthStatus> Live() => TypedResults.Ok(new HealthStatus("ok"));

    /// <summary>200 <c>{"status":"ready"}</c> when a read on the database succeeds within 5 seconds; otherwise 503
    /// with a problem (<c>code</c> <c>database-unreachable</c>) so that a load balancer stops sending traffic here.
    /// The cause is logged, never answered.</summary>
    private static async Task<Results<Ok<HealthStatus>, ProblemHttpResult>> ReadyAsync(ITocsinStore store, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DatabaseTimeout);
        try
        {
            _ = await store.Audit.HeadAsync(timeout.Token);
            return TypedResults.Ok(new HealthStatus("ready"));
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException
            || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogNotReady(loggers.CreateLogger(typeof(HealthEndpoints).FullName!), ex);
            return TypedResults.Problem(
                detail: "The database cannot be reached or does not answer; this node cannot serve requests that need it.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Not ready",
                type: Api.Problems.TypePrefix + "unavailable",
                extensions: new Dictionary<string, object?> { ["code"] = "database-unreachable" });
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Readiness: the database did not answer")]
    private static partial void LogNotReady(ILogger logger, Exception exception);

    /// <summary>The body of a healthy answer.</summary>
    /// <param name="Status"><c>ok</c> (alive) or <c>ready</c>.</param>
    public sealed record HealthStatus(string Status);
}
