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

    /// <summary>The claims of <paramref name="principal"/> as every authentication scheme states them: id, name,
    /// kind (<see cref="BasicAuthenticationHandler.KindClaim"/>) and one role claim per role.</summary>
    public static ClaimsPrincipal ToClaimsPrincipal(Principal principal, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, principal.Id.ToString("D")),
            new(ClaimTypes.Name, principal.Name),
            new(BasicAuthenticationHandler.KindClaim, principal.Kind.ToString()),
        };
        claims.AddRange(principal.Roles.Select(r => new Claim(ClaimTypes.Role, RoleNames.ToName(r))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }
}
