using Tocsin.Core.Factors;
using Tocsin.Core.Principals;
using Tocsin.Storage;

namespace Tocsin.Server.Auth.Factors;

/// <summary>Issues a principal's recovery codes: a new set of <see cref="RecoveryCode.SetSize"/> replaces the old one,
/// stored as lookups and password hashes; the codes themselves are shown once and never again.</summary>
public sealed class RecoveryCodes(ITocsinStore store)
{
    // A code's secret part carries 60 random bits, not a chosen password: far fewer PBKDF2 rounds than a password
    // needs still put it out of reach, and issuing ten stays quick.
    private const int Iterations = 10_000;

    /// <summary>Replaces the principal's codes and returns the new ones, to show once.</summary>
    public async Task<IReadOnlyList<string>> IssueAsync(Guid principalId, CancellationToken cancellationToken)
    {
        var codes = RecoveryCode.NewSet();
        await store.SecondFactors.ReplaceRecoveryCodesAsync(principalId,
            [.. codes.Select(c => (RecoveryCode.Lookup(c), PasswordHasher.Hash(RecoveryCode.Secret(c), Iterations)))], cancellationToken);
        return codes;
    }
}
