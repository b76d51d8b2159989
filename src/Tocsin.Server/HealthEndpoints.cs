namespace Tocsin.Server;

/// <summary>Liveness for load balancers and the CLI.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps <c>GET /health</c>: 200 with <c>{"status":"ok"}</c> while the process serves requests.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        return endpoints;
    }
}
