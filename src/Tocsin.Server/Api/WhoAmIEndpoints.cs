using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tocsin.Server.Api;

/// <summary>Tells an authenticated client who the server takes it for: useful to check credentials.</summary>
public static class WhoAmIEndpoints
{
    /// <summary>Maps <c>GET /api/v1/whoami</c>: 200 with name, kind and roles; 401 with
    /// <c>WWW-Authenticate: Basic</c> without valid credentials; 429 after repeated failures.</summary>
    public static IEndpointRouteBuilder MapWhoAmIEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/whoami", WhoAmI).RequireAuthorization();
        return endpoints;
    }

    private static Ok<WhoAmIResponse> WhoAmI(ClaimsPrincipal user) =>
        TypedResults.Ok(new WhoAmIResponse(
            user.Identity!.Name!,
            user.FindFirstValue(Auth.BasicAuthenticationHandler.KindClaim)!.ToLowerInvariant(),
            [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]));

    /// <summary>The body of <c>/api/v1/whoami</c>.</summary>
    public sealed record WhoAmIResponse(string Name, string Kind, IReadOnlyList<string> Roles);
}
