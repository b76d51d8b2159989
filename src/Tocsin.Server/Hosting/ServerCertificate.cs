using System.Security.Cryptography.X509Certificates;

namespace Tocsin.Server.Hosting;

/// <summary>Loads the server's TLS certificate: PFX/PKCS#12 (<c>.pfx</c>, <c>.p12</c>) or PEM (certificate and
/// key in one file, or the key in its own file; an encrypted key takes the password).</summary>
public static class ServerCertificate
{
    /// <summary>The certificate with its private key.</summary>
    /// <exception cref="InvalidOperationException">The file is missing or holds no private key.</exception>
    public static X509Certificate2 Load(string path, string? keyPath, string? password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Certificate file '{path}' does not exist.");
        }

        var extension = Path.GetExtension(path);
        var certificate = extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase)
            ? X509CertificateLoader.LoadPkcs12FromFile(path, password)
            : string.IsNullOrEmpty(password)
                ? X509Certificate2.CreateFromPemFile(path, keyPath)
                : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath);
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"Certificate '{path}' has no private key.");
        }

        return certificate;
    }
}
