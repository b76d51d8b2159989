using Tocsin.Server.Auth;

namespace Tocsin.Server.Hosting;

/// <summary>Adds the security middleware to the pipeline.</summary>
public static class SecurityMiddleware
{
    /// <summary>Adds <see cref="SecurityHeaders"/>.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeaders>();

    /// <summary>Adds <see cref="CrossSiteGuard"/>; it reads the matched endpoint, so it runs after routing.</summary>
    public static IApplicationBuilder UseCrossSiteGuard(this IApplicationBuilder app) => app.UseMiddleware<CrossSiteGuard>();

    /// <summary>Adds <see cref="CookieApiGuard"/>; it reads who authenticated and how, so it runs after authentication.</summary>
    public static IApplicationBuilder UseCookieApiGuard(this IApplicationBuilder app) => app.UseMiddleware<CookieApiGuard>();
}
