using Microsoft.AspNetCore.Localization;

namespace Tocsin.Server.Web;

/// <summary>Reads the language of a public page from its address (<c>/fr/…</c>, <c>/en/…</c>). Placed before the
/// cookie and <c>Accept-Language</c>, so a public page never varies by either.</summary>
public sealed class LanguageFromPath : RequestCultureProvider
{
    /// <inheritdoc />
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var language = PublicPaths.LanguageOf(httpContext.Request.Path);
        return Task.FromResult(language is null ? null : new ProviderCultureResult(WebCultures.CultureOf(language).Name));
    }
}
