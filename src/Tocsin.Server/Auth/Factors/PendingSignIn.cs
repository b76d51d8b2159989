using Microsoft.AspNetCore.DataProtection;

namespace Tocsin.Server.Auth.Factors;

/// <summary>The state between the first step of a sign-in (password or single sign-on) and the second factor: a
/// short-lived cookie naming who proved the first step and how. It opens nothing but the second-factor and
/// enrolment steps; the session cookie is issued only once the second factor is verified.</summary>
public sealed class PendingSignIn(IDataProtectionProvider provider, TimeProvider clock)
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "tocsin-pending";

    /// <summary>How long the second step may wait after the first.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("Tocsin.SecondFactor.Pending").ToTimeLimitedDataProtector();

    /// <summary>Who is half signed in and with which methods.</summary>
    /// <param name="PrincipalId">The principal's id.</param>
    /// <param name="Name">The principal's name.</param>
    /// <param name="Methods">The RFC 8176 methods of the first step.</param>
    public sealed record State(Guid PrincipalId, string Name, IReadOnlyList<string> Methods);

    /// <summary>Sets the cookie on the response.</summary>
    public void Start(HttpContext context, Tocsin.Core.Principals.Principal principal, IReadOnlyList<string> methods)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(principal);
        var payload = principal.Id.ToString("D") + "|" + principal.Name + "|" + string.Join(' ', methods);
        context.Response.Cookies.Append(CookieName, _protector.Protect(payload, clock.GetUtcNow() + Lifetime), Options(context));
    }

    /// <summary>The pending state of the request, or null (none, expired or forged).</summary>
    public State? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value, out var expires).Split('|');
            return expires > clock.GetUtcNow() && parts.Length == 3 && Guid.TryParse(parts[0], out var id)
                ? new State(id, parts[1], parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Removes the cookie.</summary>
    public static void End(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(CookieName, Options(context));
    }

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = "/account",
        IsEssential = true,
    };
}
