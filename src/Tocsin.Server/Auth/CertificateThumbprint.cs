using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tocsin.Server.Auth;

/// <summary>How Tocsin names a certificate: SHA-256 of its DER encoding, lower-case hex (never SHA-1, which
/// <see cref="X509Certificate2.Thumbprint"/> gives).</summary>
public static class CertificateThumbprint
{
    /// <summary>The SHA-256 thumbprint of <paramref name="certificate"/>.</summary>
    public static string Of(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Convert.ToHexStringLower(SHA256.HashData(certificate.RawData));
    }
}
