using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Auth;

/// <summary>Who may use an internal endpoint: a member of our staff, that is an authenticated
/// <see cref="PrincipalKind.User"/> holding one of the named roles (any role when none is named). A partner
/// service is never staff, whatever it holds: partners reach only TAXII and <c>/api/v1/whoami</c>
/// (docs/security.md, "Who may use what").</summary>
public static class StaffAccess
{
    /// <summary>The policy for <see cref="RequireStaff{TBuilder}"/> with no role named: any staff role.</summary>
    public static AuthorizationPolicy AnyRole { get; } = PolicyFor([]);

    /// <summary>Requires a staff principal holding one of <paramref name="roles"/> (any role when empty): 401
    /// without credentials, 403 problem for a partner or a user without the role. Also records the roles as
    /// <see cref="StaffRoles"/> metadata, which the OpenAPI document states for each operation.</summary>
    public static TBuilder RequireStaff<TBuilder>(this TBuilder builder, params Role[] roles)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RequireAuthorization(PolicyFor(roles));
        builder.WithMetadata(new StaffRoles(roles));
        return builder;
    }

    /// <summary>True when <paramref name="user"/> is staff holding one of <paramref name="roles"/> (any role when empty).</summary>
    public static bool IsStaff(ClaimsPrincipal user, params Role[] roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        var allowed = roles.Length == 0 ? Enum.GetValues<Role>() : roles;
        return user.Identity?.IsAuthenticated == true && IsUserKind(user) && allowed.Any(r => user.IsInRole(RoleNames.ToName(r)));
    }

    /// <summary>The policy behind <see cref="RequireStaff{TBuilder}"/>: a staff principal holding one of
    /// <paramref name="roles"/> (any role when empty). Web pages name it through <c>Web/WebPolicies</c>.</summary>
    public static AuthorizationPolicy PolicyFor(params Role[] roles)
    {
        var allowed = roles.Length == 0 ? Enum.GetValues<Role>() : roles;
        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(context => IsUserKind(context.User))
            .RequireRole(allowed.Select(RoleNames.ToName))
            .Build();
    }

    private static bool IsUserKind(ClaimsPrincipal user) =>
        string.Equals(user.FindFirstValue(BasicAuthenticationHandler.KindClaim), nameof(PrincipalKind.User), StringComparison.Ordinal);
}
