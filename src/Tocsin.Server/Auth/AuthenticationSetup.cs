using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.OpenApi;
using Tocsin.Server.Auth.Factors;
using Tocsin.Storage;

namespace Tocsin.Server.Auth;

/// <summary>Registers Basic authentication and the browser session cookie with their credential cache and login
/// throttle; <see cref="SchemeSelector"/> picks one per request.</summary>
public static class AuthenticationSetup
{
    /// <summary>Adds the <c>Basic</c> and session schemes behind one default that forwards to either
    /// (<see cref="SchemeSelector"/>), antiforgery, authorisation, and the access statement of each operation in
    /// the OpenAPI document.</summary>
    public static IServiceCollection AddTocsinAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<CredentialCache>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<PasswordCheck>();
        services.AddSingleton<PartnerCertificateCheck>();
        services.AddTocsinSecondFactor();
        services.AddAuthentication(SchemeSelector.SchemeName)
            .AddPolicyScheme(SchemeSelector.SchemeName, "Basic or session", options => options.ForwardDefaultSelector = SchemeSelector.Select)
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, ClientCertificateAuthenticationHandler>(ClientCertificateAuthenticationHandler.SchemeName, null)
            .AddCookie(SessionCookie.SchemeName, SessionCookie.Configure);
        // One key ring for the whole deployment, in the database: a cookie issued by one node is honoured by the next.
        services.AddDataProtection().SetApplicationName("Tocsin");
        services.AddOptions<KeyManagementOptions>().Configure<ITocsinStore>((options, store) => options.XmlRepository = new StoreXmlRepository(store));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "tocsin-antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.HeaderName = SchemeSelector.AntiforgeryHeader;
        });
        services.AddAuthorization();
        services.Configure<OpenApiOptions>("v1", options => options.AddOperationTransformer<AccessOperationTransformer>());
        return services;
    }
}
