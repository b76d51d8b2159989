using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary>RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): after the local session has ended, a
/// session opened by single sign-on also goes to the provider's <c>end_session_endpoint</c> when its discovery
/// document advertises one.</summary>
public static class SingleSignOnSignOut
{
    /// <summary>The provider's end-session address for the signed-out <paramref name="user"/> (with
    /// <c>client_id</c> and <c>post_logout_redirect_uri</c> back to our sign-in page), or null when the session was
    /// not opened by single sign-on or the provider has no such endpoint.</summary>
    public static async Task<string?> EndSessionAddressAsync(HttpContext context, System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        if (user.FindFirst(SingleSignOnSession.ProviderClaim) is null || context.RequestServices.GetService<SingleSignOnSettings>() is not { } settings)
        {
            return null;
        }

        var oidc = context.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(SingleSignOnSetup.SchemeName);
        var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(context.RequestAborted);
        if (string.IsNullOrEmpty(configuration.EndSessionEndpoint))
        {
            return null;
        }

        var origin = context.RequestServices.GetRequiredService<ServerSettings>().PublicBaseUrl?.TrimEnd('/')
            ?? $"{context.Request.Scheme}://{context.Request.Host}";
        return QueryHelpers.AddQueryString(configuration.EndSessionEndpoint, new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["post_logout_redirect_uri"] = origin + SessionCookie.SignInPath + "?signedOut=true",
        });
    }

    /// <summary>A page that goes on to <paramref name="address"/>. Not a redirect: the sign-out form's
    /// <c>form-action 'self'</c> policy would stop a browser from following one to another site.</summary>
    public static ContentHttpResult Continue(string address)
    {
        var target = WebUtility.HtmlEncode(address);
        return TypedResults.Content($"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={target}"><title>Tocsin</title></head>
            <body><p><a href="{target}">{target}</a></p></body></html>
            """, "text/html; charset=utf-8");
    }
}
