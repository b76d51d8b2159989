namespace Tocsin.Core.Signing;

/// <summary>The public half of a signing key: what a JWKS publishes and a verifier needs.</summary>
/// <param name="Kid">The key id: the RFC 7638 thumbprint of the key.</param>
/// <param name="Modulus">RSA modulus <c>n</c>, unsigned big-endian, no leading zero bytes.</param>
/// <param name="Exponent">RSA public exponent <c>e</c>, unsigned big-endian, no leading zero bytes.</param>
public sealed record VerificationKey(string Kid, byte[] Modulus, byte[] Exponent)
{
    /// <summary>The modulus size in bits.</summary>
    public int KeyBits => Modulus.Length * 8;
}
