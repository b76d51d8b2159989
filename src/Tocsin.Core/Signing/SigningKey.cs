using System.Security.Cryptography;

namespace Tocsin.Core.Signing;

/// <summary>An RSA key pair the server signs with. Its <see cref="Kid"/> is the RFC 7638 thumbprint of
/// the public key, so anyone holding the JWKS can recompute it. The private parameters stay in memory
/// and in the key file; they never reach a JWKS (only <see cref="PublicKey"/> does).</summary>
public sealed record SigningKey
{
    private SigningKey(RSAParameters parameters, DateTimeOffset created)
    {
        Parameters = parameters;
        Modulus = JwkThumbprint.TrimLeadingZeros(parameters.Modulus).ToArray();
        Exponent = JwkThumbprint.TrimLeadingZeros(parameters.Exponent).ToArray();
        Kid = JwkThumbprint.OfRsa(Modulus, Exponent);
        Created = created;
    }

    /// <summary>The key id: RFC 7638 SHA-256 thumbprint, base64url.</summary>
    public string Kid { get; }

    /// <summary>When the key was generated (UTC).</summary>
    public DateTimeOffset Created { get; }

    /// <summary>When the key stopped being the current one; null while it is current.</summary>
    public DateTimeOffset? Retired { get; init; }

    /// <summary>Until when a retired key stays published for verification; null while it is current.</summary>
    public DateTimeOffset? PublishedUntil { get; init; }

    /// <summary>The modulus size in bits.</summary>
    public int KeyBits => Modulus.Length * 8;

    /// <summary>The public half, as published.</summary>
    public VerificationKey PublicKey => new(Kid, Modulus, Exponent);

    private RSAParameters Parameters { get; }

    private byte[] Modulus { get; }

    private byte[] Exponent { get; }

    /// <summary>A fresh key of <paramref name="bits"/> bits (3072 by default), created at <paramref name="created"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than <see cref="SigningAlgorithms.MinimumKeyBits"/> bits.</exception>
    public static SigningKey Generate(DateTimeOffset created, int bits = SigningAlgorithms.GeneratedKeyBits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, SigningAlgorithms.MinimumKeyBits);
        using var rsa = RSA.Create(bits);
        return new SigningKey(rsa.ExportParameters(includePrivateParameters: true), created);
    }

    /// <summary>The key in a PKCS#8 PEM private key (<c>-----BEGIN PRIVATE KEY-----</c>), as stored on disk.</summary>
    /// <returns>The key, or <c>invalid-key-set</c> when the text is not an RSA private key of at least
    /// <see cref="SigningAlgorithms.MinimumKeyBits"/> bits.</returns>
    public static Result<SigningKey> FromPkcs8Pem(string pem, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(pem);
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            var parameters = rsa.ExportParameters(includePrivateParameters: true);
            if (rsa.KeySize < SigningAlgorithms.MinimumKeyBits)
            {
                return SignatureErrors.InvalidKeySet($"The key has {rsa.KeySize} bits; at least {SigningAlgorithms.MinimumKeyBits} are required.");
            }

            return new SigningKey(parameters, created);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            return SignatureErrors.InvalidKeySet($"Not an RSA private key in PEM: {ex.Message}");
        }
    }

    /// <summary>The private key as PKCS#8 PEM, for the key file. Handle with care: this is the secret.</summary>
    public string ToPkcs8Pem()
    {
        using var rsa = CreateRsa();
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    /// <summary>A new RSA instance holding the private key; the caller disposes it.</summary>
    internal RSA CreateRsa() => RSA.Create(Parameters);
}
