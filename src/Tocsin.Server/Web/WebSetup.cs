using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;
using Tocsin.Core.Plan;
using Tocsin.Server.Auth;
using Tocsin.Server.Feeds;
using Tocsin.Server.Web.Layout;

namespace Tocsin.Server.Web;

/// <summary>Registers and maps the web application: Razor Components rendered on the server only (no interactive
/// circuits, so any node can answer any request), its static assets, the level style sheet and the languages.</summary>
public static class WebSetup
{
    private static readonly string[] FormBodies = ["application/x-www-form-urlencoded", "multipart/form-data"];

    /// <summary>Adds the components, localisation (French and English) and the web authorisation policies.</summary>
    public static IServiceCollection AddTocsinWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddLocalization();
        services.AddAuthorizationBuilder();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(WebPolicies.Add);
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = WebCultures.Supported.Select(WebCultures.CultureOf).ToList();
            options.DefaultRequestCulture = new RequestCulture(cultures[0]);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // Public pages: the address decides. Staff pages: the reader's choice (cookie), then the browser's.
            options.RequestCultureProviders =
            [
                new LanguageFromPath(),
                new CookieRequestCultureProvider { CookieName = LanguageCookie.Name },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    // The asset manifests carry the server project's name, not the host's (the CLI is "tocsin"), so they are named.
    private const string AssetManifest = "Tocsin.Server.staticwebassets.endpoints.json";
    private const string DevelopmentAssetManifest = "Tocsin.Server.staticwebassets.runtime.json";

    /// <summary>Serves the assets from where a build left them (the project's <c>wwwroot</c> and the framework's
    /// packages) when the host runs from a build output rather than a publish output, whichever its environment.</summary>
    public static IWebHostBuilder UseTocsinStaticAssets(this IWebHostBuilder webHost)
    {
        ArgumentNullException.ThrowIfNull(webHost);
        var development = Path.Combine(AppContext.BaseDirectory, DevelopmentAssetManifest);
        if (File.Exists(development))
        {
            webHost.UseSetting(WebHostDefaults.StaticWebAssetsKey, development);
            webHost.UseStaticWebAssets();
        }

        return webHost;
    }

    /// <summary>The published <c>wwwroot</c> beside the executable when the host runs from a publish output, so the
    /// assets are found wherever the server is started from (the content root, where <c>appsettings.json</c> is
    /// read, stays the working directory); null from a build output. The web root can only be set when the
    /// builder is made.</summary>
    public static string? PublishedWebRoot()
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return !File.Exists(Path.Combine(AppContext.BaseDirectory, DevelopmentAssetManifest)) && Directory.Exists(published)
            ? published
            : null;
    }

    /// <summary>Picks the language of each page request (see <see cref="AddTocsinWeb"/>). Only pages: the API,
    /// TAXII and the feeds keep the invariant culture whatever the reader's language, so no machine-readable
    /// text ever takes a decimal comma. Runs after routing, which tells a page from the rest.</summary>
    public static IApplicationBuilder UseTocsinWebLanguages(this IApplicationBuilder app) =>
        app.UseWhen(IsPage, page => page.UseRequestLocalization());

    /// <summary>True when the request was routed to a page (a Razor component).</summary>
    public static bool IsPage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
    }

    /// <summary>Maps the static assets, <see cref="LevelStyles.Path"/>, <c>/</c> (to the public page in the
    /// reader's language) and every page. Pages accept form posts: <see cref="CrossSiteGuard"/> admits form bodies
    /// on them only, and antiforgery checks each.</summary>
    public static WebApplication MapTocsinWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets(Path.Combine(AppContext.BaseDirectory, AssetManifest)).Add(e =>
        {
            e.Metadata.Add(WebEndpoint.Instance);
            e.Metadata.Add(SameForEveryReader.Instance);
        });
        app.MapGet(LevelStyles.Path, (HttpContext context, PlanCatalogue catalogue) =>
                HttpCaching.Serve(context, System.Text.Encoding.UTF8.GetBytes(LevelStyles.Write(catalogue)), "text/css; charset=utf-8", HttpCaching.ShortLived))
            .WithMetadata(WebEndpoint.Instance, SameForEveryReader.Instance).ExcludeFromDescription();
        app.MapGet("/", RedirectByLanguage).WithMetadata(WebEndpoint.Instance).ExcludeFromDescription();
        app.MapRazorComponents<App>().WithMetadata(WebEndpoint.Instance, new BodyMediaTypes(FormBodies));
        return app;
    }

    // The public page in the reader's language; caches keep one redirect per Accept-Language.
    private static RedirectHttpResult RedirectByLanguage(HttpContext context)
    {
        context.Response.Headers.Vary = HeaderNames.AcceptLanguage;
        context.Response.Headers.CacheControl = HttpCaching.ShortLived;
        var language = StringWithQualityHeaderValue.TryParseList(context.Request.Headers.AcceptLanguage, out var accepted)
            ? accepted.OrderByDescending(a => a.Quality ?? 1).Select(a => WebCultures.Normalise(a.Value.Value)).FirstOrDefault(l => l is not null)
            : null;
        return TypedResults.Redirect($"/{language ?? WebCultures.French}/");
    }
}
