using Microsoft.AspNetCore.Antiforgery;
using Tocsin.Core;
using Tocsin.Server.Api;
using Tocsin.Server.Web;

namespace Tocsin.Server.Auth;

/// <summary>A request to the JSON API authenticated by the session cookie must carry a valid antiforgery token in
/// <see cref="SchemeSelector.AntiforgeryHeader"/>: only Tocsin's own pages have it, so another site cannot use a
/// signed-in browser to change anything. Refusals are 403 <c>antiforgery</c> problems and change nothing.</summary>
public sealed class CookieApiGuard(RequestDelegate next, IAntiforgery antiforgery)
{
    /// <summary>Checks one request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bySession = context.User.Identity is { IsAuthenticated: true, AuthenticationType: SessionCookie.SchemeName };
        if (bySession && !WebEndpoint.Matches(context) && !await antiforgery.IsRequestValidAsync(context))
        {
            await Problems.For(new Error("antiforgery", "A signed-in page's request must carry its antiforgery token.").As(ErrorKind.Forbidden))
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
