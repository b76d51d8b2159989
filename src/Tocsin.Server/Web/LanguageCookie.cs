using Microsoft.AspNetCore.Localization;

namespace Tocsin.Server.Web;

/// <summary>The staff reader's language choice, remembered for a year. Public pages never read it: their address
/// carries the language.</summary>
public static class LanguageCookie
{
    /// <summary>The cookie's name.</summary>
    public const string Name = "tocsin-language";

    /// <summary>Maps <c>GET /account/language?to=fr&amp;returnUrl=/…</c>: remembers the language and goes back to a
    /// page of this site (any other return address goes to <c>/account</c>).</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/account/language", (HttpContext context, string? to, string? returnUrl) =>
        {
            var language = WebCultures.Normalise(to) ?? WebCultures.French;
            var culture = WebCultures.CultureOf(language).Name;
            context.Response.Cookies.Append(Name, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
            return TypedResults.Redirect(LocalReturn.Or(returnUrl, "/account"));
        }).WithMetadata(WebEndpoint.Instance).ExcludeFromDescription();
        return endpoints;
    }
}
