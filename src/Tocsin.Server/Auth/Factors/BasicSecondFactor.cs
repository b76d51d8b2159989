using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;

namespace Tocsin.Server.Auth.Factors;

/// <summary>What a Basic password means for a principal who must use a second factor (it holds one, or its roles
/// require one): the request must also carry a current TOTP code or an unused recovery code in
/// <see cref="FactorCheck.HeaderName"/>. Without it, or with a wrong or used code, the request is refused (401 problem
/// <c>second-factor-required</c>, or 429 when wrong codes are throttled); with it, the request counts as verified
/// now, so it passes step-up. A principal who need not use one signs in with its password alone, as before.</summary>
public sealed class BasicSecondFactor(FactorCheck factors, TimeProvider clock)
{
    /// <summary>The problem code of a refusal.</summary>
    public const string ProblemCode = "second-factor-required";

    private const string ChallengeItem = "tocsin:second-factor-challenge";
    private const string RefusalItem = "tocsin:second-factor-refusal";

    /// <summary>The outcome: the claims principal of an accepted request, or the refusal.</summary>
    /// <param name="User">The request's claims principal when accepted.</param>
    /// <param name="Refusal">The failed authentication when refused.</param>
    public sealed record Outcome(ClaimsPrincipal? User, AuthenticateResult? Refusal);

    /// <summary>Checks the second factor of a request whose password was right.</summary>
    public async Task<Outcome> CheckAsync(HttpContext context, Principal principal, string clientAddress)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(principal);
        var cancellationToken = context.RequestAborted;
        if (!await factors.MustUseAsync(principal, cancellationToken))
        {
            return new Outcome(PrincipalClaims.ToClaimsPrincipal(principal, BasicAuthenticationHandler.SchemeName), null);
        }

        var code = context.Request.Headers[FactorCheck.HeaderName].ToString().Trim();
        var verified = code.Length == 0 ? null : await factors.VerifyCodeAsync(principal, code, clientAddress, cancellationToken);
        if (verified is { RetryAfter: { } wait })
        {
            context.Items[ChallengeItem] = Throttled(wait);
            return new Outcome(null, AuthenticateResult.Fail("Too many wrong second-factor codes for this account from this address."));
        }

        if (verified is not { Verified: true })
        {
            var message = code.Length == 0
                ? $"This account must use a second factor: send a current code in the {FactorCheck.HeaderName} header."
                : $"The code in the {FactorCheck.HeaderName} header is wrong, expired or already used.";
            var refusal = new Error(ProblemCode, message);
            context.Items[RefusalItem] = refusal;
            context.Items[ChallengeItem] = (Func<HttpContext, Task>)(http => Problems.For(refusal.As(ErrorKind.Unauthenticated)).ExecuteAsync(http));
            return new Outcome(null, AuthenticateResult.Fail(message));
        }

        var user = PrincipalClaims.ToClaimsPrincipal(principal, BasicAuthenticationHandler.SchemeName);
        var identity = (ClaimsIdentity)user.Identity!;
        identity.AddClaims([.. new[] { FactorMethods.Password, FactorMethods.OneTimePassword, FactorMethods.MultiFactor }.Select(m => new Claim(SessionClaims.Method, m))]);
        identity.AddClaim(new Claim(SessionClaims.SecondFactorAt, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return new Outcome(user, null);
    }

    /// <summary>How to answer the challenge when the second factor refused the request, or null.</summary>
    public static Func<HttpContext, Task>? ChallengeOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ChallengeItem, out var challenge) ? challenge as Func<HttpContext, Task> : null;
    }

    /// <summary>Why the second factor refused the request (a missing, wrong or used code), or null: an endpoint that
    /// answers in its own error format (TAXII) writes this instead of running the challenge, which writes problem
    /// details.</summary>
    public static Error? RefusalOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(RefusalItem, out var refusal) ? refusal as Error : null;
    }

    private static Func<HttpContext, Task> Throttled(TimeSpan wait) => http =>
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    };
}
