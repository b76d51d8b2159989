using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tocsin.Testing.Oidc;

/// <summary>A real OpenID Connect provider (OpenIddict) listening on 127.0.0.1 on a free port: discovery, keys,
/// authorization endpoint (consents at once for <see cref="User"/>), token endpoint (checks client id, secret and
/// the PKCE verifier), end-session endpoint. One confidential client is registered. Tests can change what the ID
/// token says (<see cref="AlterIdentityToken"/>) to see Tocsin refuse it.</summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    /// <summary>The registered client's id.</summary>
    public const string ClientId = "tocsin";

    /// <summary>The registered client's secret.</summary>
    public const string ClientSecret = "tocsin-test-secret";

    private readonly WebApplication _app;

    private OidcTestProvider(WebApplication app, string authority)
    {
        _app = app;
        Authority = authority;
    }

    /// <summary>The issuer, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string Authority { get; }

    /// <summary>The person the next authorization request signs in; null: the provider answers <c>access_denied</c>.</summary>
    public OidcTestUser? User { get; set; } = OidcTestUser.Named("someone");

    /// <summary>Applied to the ID token's claims just before it is signed (wrong audience, nonce, lifetime…).</summary>
    public Action<ClaimsPrincipal>? AlterIdentityToken { get; set; }

    /// <summary>The redirect URIs the client may use; any when empty.</summary>
    public ICollection<string> RedirectUris { get; } = [];

    /// <summary>How many end-session requests arrived.</summary>
    public int EndSessionRequests { get; private set; }

    /// <summary>Starts a provider on 127.0.0.1.</summary>
    public static async Task<OidcTestProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        OidcTestProvider? provider = null;
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.EnableDegradedMode();
            options.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetEndSessionEndpointUris("connect/logout");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                .DisableTransportSecurityRequirement();
            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (provider!.RedirectUris.Count > 0 && !provider.RedirectUris.Contains(context.RedirectUri!))
                {
                    context.Reject(Errors.InvalidRequest, "Unregistered redirect_uri.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Wrong client credentials.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(_ => default));
            options.AddEventHandler<OpenIddictServerEvents.ProcessSignInContext>(handler => handler
                .UseInlineHandler(context =>
                {
                    if (context.IdentityTokenPrincipal is { } principal)
                    {
                        provider!.AlterIdentityToken?.Invoke(principal);
                    }

                    return default;
                })
                .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 1));
        });
        var app = builder.Build();
        app.UseAuthentication();
        app.MapMethods("/connect/authorize", ["GET", "POST"], (HttpContext context) => provider!.Authorize(context));
        app.MapMethods("/connect/logout", ["GET", "POST"], () => provider!.EndSession());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        provider = new OidcTestProvider(app, address.TrimEnd('/') + "/");
        return provider;
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (User is not { } user)
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person refused.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Subject);
        if (user.UserName is not null)
        {
            identity.SetClaim(Claims.PreferredUsername, user.UserName);
        }

        identity.SetClaims("roles", [.. user.Roles]);
        identity.SetClaims(Claims.AuthenticationMethodReference, [.. user.Methods]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private IResult EndSession()
    {
        EndSessionRequests++;
        return Results.SignOut(new AuthenticationProperties(), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
