using Tocsin.Core.Factors;
using Tocsin.Core.Principals;
using Tocsin.Storage;

namespace Tocsin.Server.Auth.Factors;

/// <summary>Who must use a second factor, and the check of a typed code (a TOTP code or a recovery code) the one way
/// every entry point does — the sign-in step, step-up and the <see cref="HeaderName"/> header of Basic calls alike.
/// Wrong codes are throttled per (account, client address) like wrong passwords (<see cref="LoginThrottle"/>), on
/// their own count.</summary>
public sealed class FactorCheck(ITocsinStore store, LoginThrottle throttle, TotpSecrets secrets, SecondFactorSettings settings, TimeProvider clock)
{
    /// <summary>The request header a Basic (password) call carries its TOTP or recovery code in.</summary>
    public const string HeaderName = "Tocsin-Otp";

    private readonly IReadOnlySet<Role> _required = settings.Roles();

    /// <summary>The outcome of a code: verified, or refused with how long to wait when throttled.</summary>
    /// <param name="Verified">True when the code was accepted (and is now used up).</param>
    /// <param name="RetryAfter">Set when the pair is throttled: the code was not even checked.</param>
    public sealed record Outcome(bool Verified, TimeSpan? RetryAfter);

    /// <summary>True when <paramref name="principal"/>'s roles require a second factor.</summary>
    public bool RolesRequire(Principal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.Kind == PrincipalKind.User && principal.Roles.Any(_required.Contains);
    }

    /// <summary>True when <paramref name="principal"/> must use a second factor: it holds one, or its roles require one.</summary>
    public async Task<bool> MustUseAsync(Principal principal, CancellationToken cancellationToken) =>
        RolesRequire(principal) || (principal.Kind == PrincipalKind.User && await store.SecondFactors.HoldsAnyAsync(principal.Id, cancellationToken));

    /// <summary>Checks <paramref name="code"/> for <paramref name="principal"/>: six digits are a TOTP code, anything
    /// else a recovery code. An accepted code cannot be used again.</summary>
    public async Task<Outcome> VerifyCodeAsync(Principal principal, string code, string clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(code);
        var account = "second-factor:" + principal.Name;
        if (throttle.RetryAfter(account, clientAddress) is { } wait)
        {
            return new Outcome(false, wait);
        }

        var verified = RecoveryCode.Normalise(code) is not null
            ? await RecoveryCodeAsync(principal, code, cancellationToken)
            : await TotpAsync(principal, code, cancellationToken);
        if (!verified)
        {
            return new Outcome(false, throttle.RecordFailure(account, clientAddress));
        }

        throttle.RecordSuccess(account, clientAddress);
        return new Outcome(true, null);
    }

    private async Task<bool> TotpAsync(Principal principal, string code, CancellationToken cancellationToken)
    {
        if (await store.SecondFactors.FindTotpAsync(principal.Id, cancellationToken) is not { } factor)
        {
            return false;
        }

        var step = Totp.Match(secrets.Unprotect(factor.ProtectedSecret), code, clock.GetUtcNow(), factor.LastStep);
        // The store accepts the step only if no other request used it first: one code, one use, across nodes.
        return step is { } matched && await store.SecondFactors.UseTotpStepAsync(principal.Id, matched, cancellationToken);
    }

    private async Task<bool> RecoveryCodeAsync(Principal principal, string code, CancellationToken cancellationToken)
    {
        var lookup = RecoveryCode.Lookup(code);
        var hash = await store.SecondFactors.RecoveryCodeHashAsync(principal.Id, lookup, cancellationToken);
        return hash is not null && PasswordHasher.Verify(RecoveryCode.Secret(code), hash)
            && await store.SecondFactors.UseRecoveryCodeAsync(principal.Id, lookup, cancellationToken);
    }
}
