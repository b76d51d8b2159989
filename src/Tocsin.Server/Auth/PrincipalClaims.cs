using System.Security.Claims;

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
}
