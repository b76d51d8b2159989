using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;

namespace Tocsin.Server.Operations;

/// <summary>Registers and applies the request limits (docs/operations.md "Limits"): body size and JSON shape
/// (<see cref="RequestLimits"/>), and ASP.NET Core's rate limiter holding each set of credentials to
/// <see cref="LimitSettings.ConcurrentRequestsPerCredential"/> requests in progress on authenticated paths.</summary>
/// <remarks>The public path (anonymous endpoints: level status, feeds, public pages, health) is never limited: after
/// an attack many citizens share one carrier address, and a signed-in reader reading the level is one of them.
/// Sign-in throttling is the login throttle's own (docs/security.md).</remarks>
public static class LimitSetup
{
    /// <summary>Seconds a refused client is told to wait: a request in progress usually ends sooner.</summary>
    private const int RetryAfterSeconds = 1;

    /// <summary>Reads and validates <see cref="LimitSettings"/> and adds the rate limiter.</summary>
    public static LimitSettings AddTocsinLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(LimitSettings.Section).Get<LimitSettings>() ?? new LimitSettings();
        limits.Validate();
        services.AddSingleton(limits);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Credential(context) is { } name
                ? RateLimitPartition.GetConcurrencyLimiter(name, _ => new ConcurrencyLimiterOptions { PermitLimit = limits.ConcurrentRequestsPerCredential, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = (rejected, _) => new ValueTask(LimitAnswers.TooManyRequestsAsync(rejected.HttpContext, limits.ConcurrentRequestsPerCredential, RetryAfterSeconds));
        });
        return limits;
    }

    /// <summary>Refuses requests over the limits. Call after authentication (the limiter partitions by principal) and
    /// routing (it tells public endpoints apart).</summary>
    public static void UseTocsinLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Concurrency first: a request refused for its credentials is refused before its body is read.
        app.UseRateLimiter();
        app.UseMiddleware<RequestLimits>();
    }

    // The principal whose requests count, or null for a request on the public path or without credentials.
    private static string? Credential(HttpContext context)
    {
        if (context.User.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return null;
        }

        var isPublic = context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null || Web.SameForEveryReader.Matches(context);
        return isPublic ? null : name;
    }
}
