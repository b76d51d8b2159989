using Tocsin.Core;

namespace Tocsin.Storage.Factors;

/// <summary>Staff second factors (<see cref="ITocsinStore.SecondFactors"/>): at most one TOTP secret, any number of
/// WebAuthn passkeys and one set of single-use recovery codes per principal. Enrolling, removing, issuing codes,
/// using a recovery code and an administrator's reset are audited; the routine use of a TOTP step or a passkey
/// counter is not (it is recorded on the factor's row).</summary>
public interface ISecondFactorStore
{
    /// <summary>Which factors the principal holds.</summary>
    Task<FactorSummary> SummaryAsync(Guid principalId, CancellationToken cancellationToken);

    /// <summary>True when the principal holds a TOTP secret or a passkey (<see cref="FactorSummary.Any"/>), in one
    /// statement: every request signed in with a password asks it.</summary>
    Task<bool> HoldsAnyAsync(Guid principalId, CancellationToken cancellationToken);

    /// <summary>The principal's TOTP factor, or null.</summary>
    Task<TotpFactor?> FindTotpAsync(Guid principalId, CancellationToken cancellationToken);

    /// <summary>Enrols (or replaces) the principal's TOTP secret, already protected by the caller, with the step of
    /// the code that confirmed it as the last used one.</summary>
    Task SetTotpAsync(Guid principalId, string protectedSecret, long confirmedStep, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="step"/> was used, only if it is later than the last used step: false when
    /// another request used this or a later step first (the code is then refused as a replay).</summary>
    Task<bool> UseTotpStepAsync(Guid principalId, long step, CancellationToken cancellationToken);

    /// <summary>Removes the principal's TOTP factor; false when there was none.</summary>
    Task<bool> RemoveTotpAsync(Guid principalId, CancellationToken cancellationToken);

    /// <summary>Registers a passkey; 409 <c>passkey-exists</c> when its credential id is already registered.</summary>
    Task<Result<Unit>> AddPasskeyAsync(Passkey passkey, CancellationToken cancellationToken);

    /// <summary>The passkey with this credential id (base64url), or null.</summary>
    Task<Passkey?> FindPasskeyAsync(string credentialId, CancellationToken cancellationToken);

    /// <summary>Records a verified assertion's signature counter: false when the counter did not move past the stored one
    /// (a cloned authenticator) while either is non-zero.</summary>
    Task<bool> UsePasskeyAsync(string credentialId, uint signCount, CancellationToken cancellationToken);

    /// <summary>Removes one of the principal's passkeys; false when it holds none with this id.</summary>
    Task<bool> RemovePasskeyAsync(Guid principalId, string credentialId, CancellationToken cancellationToken);

    /// <summary>Replaces the principal's recovery codes by a new set: each code's lookup (stored in clear) and the
    /// password hash of its secret part.</summary>
    Task ReplaceRecoveryCodesAsync(Guid principalId, IReadOnlyList<(string Lookup, string Hash)> codes, CancellationToken cancellationToken);

    /// <summary>The hash of the principal's unused recovery code with this lookup, or null.</summary>
    Task<string?> RecoveryCodeHashAsync(Guid principalId, string lookup, CancellationToken cancellationToken);

    /// <summary>Marks the unused recovery code as used: false when it was used already (by a concurrent request).</summary>
    Task<bool> UseRecoveryCodeAsync(Guid principalId, string lookup, CancellationToken cancellationToken);

    /// <summary>Removes every factor and recovery code of the principal (an administrator's reset); false when it held none.</summary>
    Task<bool> ResetAsync(Guid principalId, CancellationToken cancellationToken);
}
