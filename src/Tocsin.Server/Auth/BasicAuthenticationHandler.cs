using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Tocsin.Core.Principals;
using Tocsin.Server.Auth.Factors;
using Tocsin.Storage;

namespace Tocsin.Server.Auth;

/// <summary>HTTP Basic authentication (RFC 7617) against Tocsin's principals: a user name and password,
/// or an API key as the user name with an empty password (how Microsoft Sentinel's TAXII connector
/// authenticates). Failed passwords are throttled per (account, client address) pair (<see cref="LoginThrottle"/>);
/// API keys never are.</summary>
public sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ITocsinStore store,
    CredentialCache cache,
    PasswordCheck passwords,
    BasicSecondFactor secondFactor) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "Basic";

    /// <summary>The <c>WWW-Authenticate</c> value of every Basic challenge (RFC 7617 section 2.1).</summary>
    public const string Challenge = "Basic realm=\"Tocsin\", charset=\"UTF-8\"";

    /// <summary>Claim type carrying the principal's kind (user or partner).</summary>
    public const string KindClaim = "tocsin:kind";

    private const string RetryAfterItem = "tocsin:retry-after";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, SchemeName, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (!TryDecode(header.Parameter, out var username, out var password))
        {
            return AuthenticateResult.Fail("Malformed Basic credentials.");
        }

        if (password.Length == 0 && ApiKey.KeyIdOf(username) is not null)
        {
            // API keys are never throttled: they cannot be guessed, and a partner's key must keep working whatever
            // other clients behind the same address get wrong.
            var holder = cache.Find(username, password) ?? await store.FindByApiKeyAsync(username, Context.RequestAborted);
            return holder is null ? AuthenticateResult.Fail("Unknown, expired or revoked API key.") : Success(username, password, holder);
        }

        var client = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var outcome = await passwords.VerifyAsync(username, password, client, Context.RequestAborted);
        if (outcome.RetryAfter is { } wait)
        {
            Context.Items[RetryAfterItem] = wait;
            return AuthenticateResult.Fail("Too many failed sign-ins for this account from this address.");
        }

        if (outcome.Principal is null)
        {
            return AuthenticateResult.Fail("Unknown user or wrong credentials.");
        }

        // A principal who must use a second factor proves it with a code in a header (docs/second-factor.md).
        var factor = await secondFactor.CheckAsync(Context, outcome.Principal, client);
        if (factor.Refusal is { } refusal)
        {
            return refusal;
        }

        cache.Remember(username, password, outcome.Principal);
        return AuthenticateResult.Success(new AuthenticationTicket(factor.User!, SchemeName));
    }

    private AuthenticateResult Success(string username, string password, Principal principal)
    {
        cache.Remember(username, password, principal);
        return AuthenticateResult.Success(new AuthenticationTicket(PrincipalClaims.ToClaimsPrincipal(principal, SchemeName), SchemeName));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (BasicSecondFactor.ChallengeOf(Context) is { } factorChallenge)
        {
            Response.Headers.WWWAuthenticate = Challenge;
            return factorChallenge(Context);
        }

        if (Context.Items.TryGetValue(RetryAfterItem, out var wait) && wait is TimeSpan retryAfter)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = Challenge;
        return Task.CompletedTask;
    }

    private static bool TryDecode(string? parameter, out string username, out string password)
    {
        username = password = string.Empty;
        if (string.IsNullOrEmpty(parameter) || parameter.Length > 8192)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, true).GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            return false;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        username = decoded[..colon];
        password = decoded[(colon + 1)..];
        return username.Length > 0;
    }
}
