using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary>Registers OpenID Connect single sign-on when <c>Tocsin:Auth:Oidc:Authority</c> is set, and maps its
/// pages. Off, nothing is registered and its addresses are unknown (404).</summary>
public static class SingleSignOnSetup
{
    /// <summary>The authentication scheme of the provider.</summary>
    public const string SchemeName = "Oidc";

    /// <summary>Adds the OpenID Connect handler (authorization code flow with PKCE, state and nonce checked, the
    /// answer in the query string) signing into the usual session cookie.</summary>
    /// <exception cref="InvalidOperationException">The settings cannot work (message names the setting).</exception>
    public static IServiceCollection AddTocsinSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SingleSignOnOptions.Section).Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        if (SingleSignOnSettings.From(options) is not { } settings)
        {
            return services;
        }

        services.AddSingleton(settings);
        services.AddSingleton<SingleSignOnLink>();
        services.AddAuthentication().AddOpenIdConnect(SchemeName, settings.DisplayName, oidc => Configure(oidc, settings));
        return services;
    }

    /// <summary>Maps the start, landing and error addresses (the callback is the handler's own).</summary>
    public static IEndpointRouteBuilder MapSingleSignOn(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<SingleSignOnSettings>() is not null)
        {
            SingleSignOnEndpoints.Map(endpoints);
        }

        return endpoints;
    }

    private static void Configure(OpenIdConnectOptions oidc, SingleSignOnSettings settings)
    {
        oidc.Authority = settings.Authority;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = settings.ClientSecret;
        oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        // A query-string answer is a top-level GET: our SameSite cookies reach it and no cross-site POST is needed.
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
        oidc.Scope.Clear();
        foreach (var scope in settings.Scopes)
        {
            oidc.Scope.Add(scope);
        }

        oidc.CallbackPath = SingleSignOnPaths.Callback;
        oidc.SignedOutCallbackPath = SingleSignOnPaths.SignedOutCallback;
        oidc.RemoteSignOutPath = "/account/oidc/remote-signout";
        oidc.SignInScheme = SessionCookie.SchemeName;
        // Claims keep the names the token gives them, so the configured claim names mean what they say.
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.SaveTokens = false;
        oidc.DisableTelemetry = true;
        oidc.TokenValidationParameters.NameClaimType = settings.UsernameClaim;
        // Lax, and Secure whenever the request is: they must survive the top-level return from the provider.
        oidc.CorrelationCookie.Name = "tocsin-oidc-correlation.";
        oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
        oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        oidc.NonceCookie.Name = "tocsin-oidc-nonce.";
        oidc.NonceCookie.SameSite = SameSiteMode.Lax;
        oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        oidc.Events = SingleSignOnEvents.Create();
    }
}
