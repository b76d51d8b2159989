using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Plan;

/// <summary>Who may read decisions, timelines of exercises and restricted measures: an authenticated
/// principal holding any role (a partner service holds none).</summary>
public static class ReadAccess
{
    /// <summary>The policy: authenticated, with at least one role.</summary>
    public static AuthorizationPolicy Policy { get; } = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireRole(Enum.GetValues<Role>().Select(RoleNames.ToName))
        .Build();

    /// <summary>True when <paramref name="user"/> satisfies <see cref="Policy"/>.</summary>
    public static bool Allows(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && Enum.GetValues<Role>().Any(r => user.IsInRole(RoleNames.ToName(r)));
    }
}
