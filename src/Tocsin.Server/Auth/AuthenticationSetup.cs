using Microsoft.AspNetCore.Authentication;

namespace Tocsin.Server.Auth;

/// <summary>Registers Basic authentication with its credential cache and login throttle.</summary>
public static class AuthenticationSetup
{
    /// <summary>Adds the <c>Basic</c> scheme as the default, and authorisation.</summary>
    public static IServiceCollection AddTocsinAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<CredentialCache>();
        services.AddSingleton<LoginThrottle>();
        services.AddAuthentication(BasicAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }
}
