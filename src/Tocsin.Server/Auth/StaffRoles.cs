using Tocsin.Core.Principals;

namespace Tocsin.Server.Auth;

/// <summary>Endpoint metadata: the staff roles an operation needs (empty: any staff role). Set by
/// <see cref="StaffAccess.RequireStaff{TBuilder}"/>; read by the OpenAPI document and the access tests.</summary>
/// <param name="Roles">The roles, any one of which suffices.</param>
public sealed record StaffRoles(IReadOnlyList<Role> Roles)
{
    /// <summary>The roles as the OpenAPI document and docs spell them, e.g. <c>analyst or admin</c>; <c>any staff role</c> when none is named.</summary>
    public string Describe() => Roles.Count == 0 ? "any staff role" : string.Join(" or ", Roles.Select(RoleNames.ToName));
}
