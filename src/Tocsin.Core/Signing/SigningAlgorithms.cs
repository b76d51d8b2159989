namespace Tocsin.Core.Signing;

/// <summary>The one signature profile Tocsin writes and accepts: RSASSA-PKCS1-v1_5 with SHA-256.
/// Anything else is refused with <c>wrong-algorithm</c>, so no algorithm confusion (HMAC with a public
/// key as secret, <c>none</c>) is possible.</summary>
public static class SigningAlgorithms
{
    /// <summary>The JOSE name (RFC 7518 §3.3) used in JWS headers and JWKS entries.</summary>
    public const string Jose = "RS256";

    /// <summary>The XML-Signature 1.1 SignatureMethod for RSA with SHA-256 (RFC 6931 §2.3.2).</summary>
    public const string XmlDsigRsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

    /// <summary>The XML-Signature DigestMethod for SHA-256.</summary>
    public const string XmlDsigSha256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    /// <summary>Exclusive XML Canonicalization 1.0 without comments, for SignedInfo and the reference.</summary>
    public const string ExclusiveC14N = "http://www.w3.org/2001/10/xml-exc-c14n#";

    /// <summary>The enveloped-signature transform: the signature is removed before digesting its parent document.</summary>
    public const string EnvelopedSignature = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

    /// <summary>The media type of a JSON Web Key Set (RFC 7517 §8.5.1).</summary>
    public const string JwksMediaType = "application/jwk-set+json";

    /// <summary>The smallest RSA modulus accepted, in bits; Tocsin generates 3072-bit keys.</summary>
    public const int MinimumKeyBits = 2048;

    /// <summary>The size of keys Tocsin generates, in bits.</summary>
    public const int GeneratedKeyBits = 3072;
}
