using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Tocsin.Server.Auth.Factors;

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

        // A provider that did not verify a second factor leaves Tocsin's own to be asked, exactly as after a password:
        // the person goes on to the verify (or enrol) step with no session yet. The step is reached through the landing
        // page, whose navigation starts on our site, so the browser sends the step's SameSite=Strict cookie.
        if (!identity.PassedSecondFactor(settings.MultiFactorMethods)
            && await services.GetRequiredService<FactorCheck>().MustUseAsync(principal, context.HttpContext.RequestAborted))
        {
            var step = await services.GetRequiredService<SignInSteps>().ContinueAsync(
                context.HttpContext, principal, identity.Methods, secondFactorAt: null, ReturnUrlOf(context.Properties?.RedirectUri));
            context.Response.Redirect(SingleSignOnPaths.Done + "?returnUrl=" + Uri.EscapeDataString(step));
            context.HandleResponse();
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Principal = SingleSignOnSession.Build(principal, identity, settings, now);
        context.Properties!.IsPersistent = false;
    }

    // The sign-in was started towards the landing page with the local return address in its query.
    private static string? ReturnUrlOf(string? redirectUri)
    {
        var query = redirectUri is null ? -1 : redirectUri.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? null : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(redirectUri![query..]).TryGetValue("returnUrl", out var value)
            ? value.ToString()
            : null;
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
