using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Server.Classification;

namespace Tocsin.Server.Api;

/// <summary>Tells an authenticated client who the server takes it for: useful to check credentials.</summary>
public static class WhoAmIEndpoints
{
    /// <summary>Maps <c>GET /api/v1/whoami</c>: 200 with name, kind, roles and a staff member's own clearance; 401 with
    /// <c>WWW-Authenticate: Basic</c> without valid credentials; 429 after repeated failures.</summary>
    public static IEndpointRouteBuilder MapWhoAmIEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/whoami", WhoAmI).RequireAuthorization();
        return endpoints;
    }

    private static async Task<Ok<WhoAmIResponse>> WhoAmI(ClaimsPrincipal user, ReadGate gate, CancellationToken cancellationToken)
    {
        var kind = user.FindFirstValue(Auth.BasicAuthenticationHandler.KindClaim)!.ToLowerInvariant();
        var clearance = kind == "user" ? (await gate.ForAsync(user, cancellationToken)).Clearance : null;
        return TypedResults.Ok(new WhoAmIResponse(user.Identity!.Name!, kind, [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)])
        {
            Clearance = clearance is null ? null : new WhoAmIClearance(clearance.Level, clearance.Compartments),
        });
    }

    /// <summary>The body of <c>/api/v1/whoami</c>.</summary>
    public sealed record WhoAmIResponse(string Name, string Kind, IReadOnlyList<string> Roles)
    {
        /// <summary>A staff member's own clearance (docs/classification.md); null for a partner service.</summary>
        public WhoAmIClearance? Clearance { get; init; }
    }

    /// <summary>A clearance as whoami shows it.</summary>
    public sealed record WhoAmIClearance(string Level, IReadOnlyList<string> Compartments);
}
