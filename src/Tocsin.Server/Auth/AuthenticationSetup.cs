using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.OpenApi;

namespace Tocsin.Server.Auth;

/// <summary>Registers Basic authentication with its credential cache and login throttle.</summary>
public static class AuthenticationSetup
{
    /// <summary>Adds the <c>Basic</c> scheme as the default, authorisation, and the access statement of each
    /// operation in the OpenAPI document.</summary>
    public static IServiceCollection AddTocsinAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<CredentialCache>();
        services.AddSingleton<LoginThrottle>();
        services.AddAuthentication(BasicAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.Configure<OpenApiOptions>("v1", options => options.AddOperationTransformer<AccessOperationTransformer>());
        return services;
    }
}
