using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Server.Auth;

namespace Tocsin.Server.Web.Account;

/// <summary>Signing out: a POST from the page's own form (antiforgery checked), never a GET that any link or
/// image could trigger.</summary>
public static class SignOutEndpoint
{
    /// <summary>Maps <c>POST /account/signout</c>: ends the session and goes to the sign-in page; 400 without a
    /// valid antiforgery token (nothing changes).</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/signout", SignOutAsync)
            .WithMetadata(WebEndpoint.Instance, new BodyMediaTypes(["application/x-www-form-urlencoded", "multipart/form-data"]))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        await context.SignOutAsync(SessionCookie.SchemeName);
        return TypedResults.Redirect(SessionCookie.SignInPath + "?signedOut=true");
    }
}
