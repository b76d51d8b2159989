using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Tocsin.Server.Auth;

/// <summary>Authenticates a partner by the client certificate of the TLS connection (docs/mutual-tls.md), through
/// <see cref="PartnerCertificateCheck"/>. It only ever yields a partner principal, and <see cref="SchemeSelector"/> uses it
/// only for TAXII and <c>/api/v1/whoami</c> on requests without an <c>Authorization</c> header: staff never sign in with a
/// certificate. A certificate that identifies no partner fails (401), never falling back to anything.</summary>
public sealed class ClientCertificateAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PartnerCertificateCheck check) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ClientCertificate";

    /// <summary>True for the paths where a partner may authenticate with a certificate: those that accept a partner's API
    /// key (TAXII and <c>/api/v1/whoami</c>).</summary>
    public static bool Serves(PathString path) =>
        path.StartsWithSegments("/taxii2", StringComparison.Ordinal) || path.StartsWithSegments("/api/v1/whoami", StringComparison.Ordinal);

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var certificate = Context.Connection.ClientCertificate;
        if (certificate is null)
        {
            return AuthenticateResult.NoResult();
        }

        var partner = await check.IdentifyAsync(certificate, Context.RequestAborted);
        if (partner is null)
        {
            return AuthenticateResult.Fail("The client certificate identifies no partner: unknown, out of its validity period, or revoked.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(PrincipalClaims.ToClaimsPrincipal(partner, SchemeName), SchemeName));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // The Basic challenge still applies: the same client may authenticate with an API key instead.
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"Tocsin\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }
}
