namespace Tocsin.Storage.Factors;

/// <summary>Which second factors a principal holds.</summary>
/// <param name="Totp">The TOTP factor, or null.</param>
/// <param name="Passkeys">Its passkeys, oldest first.</param>
/// <param name="RecoveryCodesLeft">Unused recovery codes.</param>
public sealed record FactorSummary(TotpFactor? Totp, IReadOnlyList<Passkey> Passkeys, int RecoveryCodesLeft)
{
    /// <summary>True when the principal holds a TOTP secret or a passkey (recovery codes alone are not a factor).</summary>
    public bool Any => Totp is not null || Passkeys.Count > 0;
}
