using System.Security.Cryptography;

namespace Tocsin.Core.Signing;

/// <summary>The primitive under every Tocsin signature: RSASSA-PKCS1-v1_5 with SHA-256 (RS256) over
/// raw bytes. The JWS and XML-DSig formats build on it, and so can anything else that needs a
/// signature (audit checkpoints).</summary>
public static class RsaSignature
{
    /// <summary>Signs <paramref name="data"/> with <paramref name="key"/>; the result has the modulus's length.</summary>
    public static byte[] Sign(SigningKey key, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var rsa = key.CreateRsa();
        return rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>Checks that <paramref name="signature"/> over <paramref name="data"/> was made by key <paramref name="kid"/>.</summary>
    /// <returns>The kid, or <c>unknown-key</c> (not in <paramref name="keys"/>) or <c>bad-signature</c>.</returns>
    public static Result<SignatureVerified> Verify(VerificationKeys keys, string kid, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(kid);
        var key = keys.Find(kid);
        if (key is null)
        {
            return SignatureErrors.UnknownKey(kid);
        }

        using var rsa = CreatePublic(key);
        return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            ? new SignatureVerified(kid)
            : SignatureErrors.BadSignature(kid);
    }

    /// <summary>An RSA instance holding only the public key; the caller disposes it.</summary>
    internal static RSA CreatePublic(VerificationKey key) =>
        RSA.Create(new RSAParameters { Modulus = key.Modulus, Exponent = key.Exponent });
}
