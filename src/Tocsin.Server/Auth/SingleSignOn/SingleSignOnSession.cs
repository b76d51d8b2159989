using System.Globalization;
using System.Security.Claims;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary>The session a single sign-on opens: the same claims as a password sign-in
/// (<see cref="PrincipalClaims.ToClaimsPrincipal"/>), how the provider authenticated the person
/// (<see cref="SessionClaims.Method"/>), and <see cref="SessionClaims.SecondFactorAt"/> when the provider says it
/// verified a second factor, so Tocsin does not ask for its own.</summary>
public static class SingleSignOnSession
{
    /// <summary>Marks a session opened by single sign-on; its value is the provider's address. Sign-out then also
    /// ends the session at the provider.</summary>
    public const string ProviderClaim = "tocsin:oidc-provider";

    /// <summary>The session's principal for <paramref name="principal"/> signed in at <paramref name="now"/>.</summary>
    public static ClaimsPrincipal Build(Principal principal, ProviderIdentity identity, SingleSignOnSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(settings);
        var session = PrincipalClaims.ToClaimsPrincipal(principal, SessionCookie.SchemeName);
        var claims = (ClaimsIdentity)session.Identity!;
        claims.AddClaims(identity.Methods.Select(m => new Claim(SessionClaims.Method, m)));
        if (identity.PassedSecondFactor(settings.MultiFactorMethods))
        {
            claims.AddClaim(new Claim(SessionClaims.SecondFactorAt, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        }

        claims.AddClaim(new Claim(ProviderClaim, settings.Authority));
        return session;
    }
}
