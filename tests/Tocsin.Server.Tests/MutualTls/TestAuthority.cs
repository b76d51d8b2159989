using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tocsin.Server.Tests.MutualTls;

/// <summary>A certificate authority made in memory for a test, and the certificates it issues (with their private keys,
/// as a partner's TLS client holds them).</summary>
public sealed class TestAuthority : IDisposable
{
    private readonly ECDsa _key;

    public TestAuthority(string subject)
    {
        _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, _key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Certificate = request.CreateSelfSigned(Now.AddYears(-1), Now.AddYears(5));
    }

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    /// <summary>The CA's certificate (with its key).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The PEM of the CA's certificate, as an administrator uploads it.</summary>
    public string Pem => Certificate.ExportCertificatePem();

    /// <summary>A client certificate for <paramref name="subject"/> issued by this CA, valid from now − 1 day to now + 30 days
    /// unless told otherwise.</summary>
    public X509Certificate2 Issue(string subject, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = ClientRequest(subject, key);
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7f;
        using var issued = request.Create(Certificate, notBefore ?? Now.AddDays(-1), notAfter ?? Now.AddDays(30), serial);
        return issued.CopyWithPrivateKey(key);
    }

    /// <summary>A self-signed client certificate for <paramref name="subject"/>: what an impostor can make.</summary>
    public static X509Certificate2 SelfSigned(string subject, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return ClientRequest(subject, key).CreateSelfSigned(notBefore ?? Now.AddDays(-1), notAfter ?? Now.AddDays(30));
    }

    private static CertificateRequest ClientRequest(string subject, ECDsa key)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        return request;
    }

    public void Dispose()
    {
        Certificate.Dispose();
        _key.Dispose();
    }
}
