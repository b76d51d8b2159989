using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Server.Auth;
using Tocsin.Server.Auth.SingleSignOn;

namespace Tocsin.Server.Web.Account;

/// <summary>Signing out: a POST from the page's own form (antiforgery checked), never a GET that any link or
/// image could trigger.</summary>
public static class SignOutEndpoint
{
    /// <summary>Maps <c>POST /account/signout</c>: ends the session and goes to the sign-in page (by way of the provider's sign-out for a single sign-on session); 400 without a
    /// valid antiforgery token (nothing changes).</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/signout", SignOutAsync)
            .WithMetadata(WebEndpoint.Instance, new BodyMediaTypes(["application/x-www-form-urlencoded", "multipart/form-data"]))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<RedirectHttpResult, BadRequest, ContentHttpResult>> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        var user = context.User;
        await context.SignOutAsync(SessionCookie.SchemeName);
        if (await SingleSignOnSignOut.EndSessionAddressAsync(context, user) is { } provider)
        {
            return SingleSignOnSignOut.Continue(provider);
        }

        return TypedResults.Redirect(SessionCookie.SignInPath + "?signedOut=true");
    }
}
