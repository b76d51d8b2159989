using System.Security.Claims;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Auth;

/// <summary>Reads Tocsin's principal back from an authenticated request's claims.</summary>
public static class PrincipalClaims
{
    /// <summary>The authenticated principal's id, or null for an anonymous request.</summary>
    public static Guid? PrincipalId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    }

    /// <summary>True when the authenticated principal is a partner service (claim
    /// <see cref="BasicAuthenticationHandler.KindClaim"/>), whose reads go through the sharing policy.</summary>
    public static bool IsPartner(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return string.Equals(user.FindFirstValue(BasicAuthenticationHandler.KindClaim), nameof(PrincipalKind.Partner), StringComparison.Ordinal);
    }
}
