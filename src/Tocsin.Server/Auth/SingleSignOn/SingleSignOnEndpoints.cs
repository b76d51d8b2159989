using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using Tocsin.Server.Web;
using Tocsin.Server.Web.Resources;

namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary>The addresses of single sign-on beside the handler's callback: GETs only, anonymous, none of them
/// changes anything before the provider has answered.</summary>
internal static class SingleSignOnEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SingleSignOnPaths.Start, StartAsync)
            .AllowAnonymous().WithMetadata(WebEndpoint.Instance).ExcludeFromDescription();
        endpoints.MapGet(SingleSignOnPaths.Done, Done)
            .AllowAnonymous().WithMetadata(WebEndpoint.Instance).ExcludeFromDescription();
    }

    // Sends the browser to the provider (code flow, PKCE, state and nonce); it comes back to the callback.
    private static async Task StartAsync(HttpContext context, string? returnUrl)
    {
        var target = SingleSignOnPaths.Done + "?returnUrl=" + Uri.EscapeDataString(LocalReturn.Or(returnUrl, "/account"));
        await context.ChallengeAsync(SingleSignOnSetup.SchemeName, new AuthenticationProperties { RedirectUri = target });
    }

    // The session cookie is SameSite=Strict: on a redirect chain that began at the provider's site a browser would
    // not send it yet. This page's own navigation onwards starts on our site, so the next page sees the session.
    private static IResult Done(string? returnUrl, IStringLocalizer<Texts> texts)
    {
        var target = WebUtility.HtmlEncode(LocalReturn.Or(returnUrl, "/account"));
        var html = $"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={target}"><title>Tocsin</title></head>
            <body><p><a href="{target}">{WebUtility.HtmlEncode(texts["SingleSignOnContinue"])}</a></p></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
