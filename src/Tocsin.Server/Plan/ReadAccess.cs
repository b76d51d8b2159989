using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Tocsin.Server.Auth;

namespace Tocsin.Server.Plan;

/// <summary>Who may read decisions, timelines of exercises and restricted measures: staff, that is an
/// authenticated user holding any role (<see cref="StaffAccess"/>); never a partner service.</summary>
public static class ReadAccess
{
    /// <summary>The policy: authenticated, with at least one role.</summary>
    public static AuthorizationPolicy Policy => StaffAccess.AnyRole;

    /// <summary>True when <paramref name="user"/> satisfies <see cref="Policy"/>.</summary>
    public static bool Allows(ClaimsPrincipal user) => StaffAccess.IsStaff(user);
}
