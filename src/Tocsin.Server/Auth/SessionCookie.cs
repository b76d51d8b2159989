using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Tocsin.Core.Principals;
using Tocsin.Storage;

namespace Tocsin.Server.Auth;

/// <summary>The browser session: a cookie issued by the sign-in form over the same principals and password
/// hashes as Basic. HttpOnly, <c>SameSite=Strict</c>, <c>Secure</c> whenever the request came over TLS, sliding
/// expiry. Its keys are in the database (Data Protection key ring), so any node honours a cookie another issued.
/// Each request re-reads the principal: a removed user is signed out at once, a changed role takes effect at once.</summary>
public static class SessionCookie
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "Session";

    /// <summary>The cookie's name.</summary>
    public const string CookieName = "tocsin-session";

    /// <summary>A session idle this long ends; each request within it extends it.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(8);

    /// <summary>Where browsers are sent to sign in.</summary>
    public const string SignInPath = "/account/signin";

    /// <summary>The options of the cookie scheme.</summary>
    public static void Configure(CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.IsEssential = true;
        options.ExpireTimeSpan = IdleLifetime;
        options.SlidingExpiration = true;
        options.LoginPath = SignInPath;
        options.LogoutPath = "/account/signout";
        options.ReturnUrlParameter = "returnUrl";
        // 403 is explained by the HTML error page (status code pages), not by a redirect to another address.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = ValidateAsync;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal)
        {
            return;
        }

        var name = principal.Identity?.Name;
        var store = context.HttpContext.RequestServices.GetRequiredService<ITocsinStore>();
        var current = name is null ? null : await store.FindPrincipalAsync(name, context.HttpContext.RequestAborted);
        // Checked on every request: a user disabled since signing in loses the session on the next one.
        if (current is null || current.DisabledAt is not null || current.Kind != PrincipalKind.User || current.Id != principal.PrincipalId())
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SchemeName);
            return;
        }

        var roles = current.Roles.Select(RoleNames.ToName).Order(StringComparer.Ordinal).ToList();
        var held = principal.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        if (!roles.SequenceEqual(held, StringComparer.Ordinal))
        {
            // How and when the person proved themselves does not change with the roles: the claims are kept.
            var replaced = PrincipalClaims.ToClaimsPrincipal(current, SchemeName);
            ((System.Security.Claims.ClaimsIdentity)replaced.Identity!).AddClaims(principal.Claims
                .Where(c => c.Type is SessionClaims.SecondFactorAt or SessionClaims.Method or SingleSignOn.SingleSignOnSession.ProviderClaim).Select(c => new System.Security.Claims.Claim(c.Type, c.Value)));
            context.ReplacePrincipal(replaced);
            context.ShouldRenew = true;
        }
    }
}
