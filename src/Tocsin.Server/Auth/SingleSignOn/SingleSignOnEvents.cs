using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary>What happens when the provider answers: a validated ID token becomes Tocsin's usual session, or the
/// browser is sent to a page saying why not. No failure leaves a session or a cookie of ours behind.</summary>
public static partial class SingleSignOnEvents
{
    /// <summary>The handler's events.</summary>
    public static OpenIdConnectEvents Create() => new()
    {
        OnTokenValidated = SignInAsync,
        OnAccessDenied = context => RefuseAsync(context, SingleSignOnRefusal.Denied, "the provider denied access"),
        OnRemoteFailure = context => RefuseAsync(context, SingleSignOnRefusal.Failed, context.Failure?.Message ?? "unknown failure"),
    };

    private static async Task SignInAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<SingleSignOnSettings>();
        var identity = ProviderIdentity.From(context.Principal!, settings);
        var (principal, refusal) = await services.GetRequiredService<SingleSignOnLink>().ResolveAsync(identity, context.HttpContext.RequestAborted);
        if (principal is null)
        {
            await RefuseAsync(context, refusal ?? SingleSignOnRefusal.Failed, $"user '{identity.UserName}' refused");
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Principal = SingleSignOnSession.Build(principal, identity, settings, now);
        context.Properties!.IsPersistent = false;
    }

    private static Task RefuseAsync<TOptions>(HandleRequestContext<TOptions> context, SingleSignOnRefusal refusal, string detail)
        where TOptions : AuthenticationSchemeOptions
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOnEvents));
        LogRefused(logger, SingleSignOnPaths.ReasonOf(refusal), detail);
        context.Response.Redirect(SingleSignOnPaths.ErrorFor(refusal));
        context.HandleResponse();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Single sign-on refused ({Reason}): {Detail}")]
    private static partial void LogRefused(ILogger logger, string reason, string detail);
}
