using Microsoft.AspNetCore.DataProtection;

namespace Tocsin.Server.Auth.Factors;

/// <summary>Protects TOTP secrets at rest with the deployment's Data Protection key ring (kept in the database,
/// shared by every node): the <c>totp_factors</c> table never holds a secret in clear.</summary>
public sealed class TotpSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Tocsin.SecondFactor.Totp");

    /// <summary>The protected form of <paramref name="secret"/>.</summary>
    public string Protect(byte[] secret) => Convert.ToBase64String(_protector.Protect(secret));

    /// <summary>The secret behind <paramref name="protectedSecret"/>.</summary>
    public byte[] Unprotect(string protectedSecret) => _protector.Unprotect(Convert.FromBase64String(protectedSecret));
}
