using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tocsin.Core;
using Tocsin.Server.Auth;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Sharing;

/// <summary>Turns what an administrator uploads — the PEM of a partner's certificate, or the PEM of an issuing CA with
/// the exact subject its certificates carry — into a registration (docs/mutual-tls.md). The API and the CLI both use it,
/// so both refuse the same things: anything that is not exactly one PEM certificate, any private key (it never leaves
/// the partner), a pinned certificate already expired, a CA that is not a CA, a subject that is not a distinguished name.</summary>
public static class PartnerCertificateUpload
{
    /// <summary>The largest PEM text read: a certificate is a few kilobytes.</summary>
    public const int MaxPemLength = 64 * 1024;

    /// <summary>A registration for <paramref name="principalId"/> with a new id; exactly one of <paramref name="certificatePem"/>
    /// (pinned) or <paramref name="caPem"/> with <paramref name="subject"/> (issuer) is given. Refusals are 422 errors.</summary>
    public static Result<PartnerCertificate> Prepare(Guid principalId, string? certificatePem, string? caPem, string? subject, string? label, DateTimeOffset now)
    {
        var pinned = !string.IsNullOrWhiteSpace(certificatePem);
        var issuer = !string.IsNullOrWhiteSpace(caPem);
        if (pinned == issuer || (pinned && subject is not null) || (issuer && string.IsNullOrWhiteSpace(subject)))
        {
            return new Error("certificate-form-invalid",
                "Give either 'certificate' (the PEM of the partner's certificate, pinned) or 'ca' with 'subject' (the PEM of the issuing CA and the exact subject of the partner's certificates).");
        }

        if (label is { Length: > 200 })
        {
            return new Error("certificate-label-invalid", "'label' is at most 200 characters.");
        }

        var loaded = Load(pinned ? certificatePem! : caPem!, pinned ? "certificate" : "ca");
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        using var certificate = loaded.Value;
        return pinned ? Pinned(principalId, certificate, label, now) : Issuer(principalId, certificate, subject!, label);
    }

    private static Result<PartnerCertificate> Pinned(Guid principalId, X509Certificate2 certificate, string? label, DateTimeOffset now)
    {
        if (certificate.NotAfter < now)
        {
            return new Error("certificate-expired", $"The certificate expired on {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss'Z'}; it could never be accepted.");
        }

        return Registration(principalId, PartnerCertificateKind.Pinned, certificate, certificate.SubjectName.Name, label);
    }

    private static Result<PartnerCertificate> Issuer(Guid principalId, X509Certificate2 ca, string subject, string? label)
    {
        if (ca.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is not { CertificateAuthority: true })
        {
            return new Error("certificate-not-a-ca", "'ca' is not a CA certificate (its basic constraints do not say CA:TRUE), so it issues no certificates.");
        }

        string name;
        try
        {
            // Decoded again from its encoding: the form a presented certificate's subject takes, whatever spacing was typed.
            name = new X500DistinguishedName(new X500DistinguishedName(subject).RawData).Name;
        }
        catch (CryptographicException)
        {
            return SubjectInvalid(subject);
        }

        return name.Length == 0 ? SubjectInvalid(subject) : Registration(principalId, PartnerCertificateKind.Issuer, ca, name, label);
    }

    private static Error SubjectInvalid(string subject) =>
        new("certificate-subject-invalid", $"'subject' must be a distinguished name such as 'CN=collector, O=Partner Service, C=DE', not '{subject}'.");

    private static PartnerCertificate Registration(Guid principalId, PartnerCertificateKind kind, X509Certificate2 certificate, string subject, string? label) =>
        new(Guid.NewGuid(), principalId, kind, CertificateThumbprint.Of(certificate), subject, certificate.RawData,
            new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), new DateTimeOffset(certificate.NotAfter.ToUniversalTime()))
        {
            Label = string.IsNullOrWhiteSpace(label) ? null : label,
        };

    /// <summary>The one certificate in <paramref name="pem"/>; refuses private keys, other PEM blocks, several certificates
    /// and bytes that are not a certificate.</summary>
    private static Result<X509Certificate2> Load(string pem, string field)
    {
        if (pem.Length > MaxPemLength)
        {
            return new Error("certificate-pem-invalid", $"'{field}' is longer than {MaxPemLength} characters; send one PEM certificate.");
        }

        // Any mention of a private key is refused, well-formed or not: a key must never reach the server or its audit log.
        if (pem.Contains("PRIVATE KEY", StringComparison.OrdinalIgnoreCase))
        {
            return new Error("certificate-private-key", $"'{field}' holds a private key. Send only the certificate: the private key stays with the partner.");
        }

        byte[]? der = null;
        var rest = pem.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            if (!rest[fields.Label].SequenceEqual("CERTIFICATE") || der is not null)
            {
                return new Error("certificate-pem-invalid", $"'{field}' must hold exactly one PEM block, -----BEGIN CERTIFICATE-----.");
            }

            der = Convert.FromBase64String(rest[fields.Base64Data].ToString());
            rest = rest[fields.Location.End..];
        }

        if (der is null)
        {
            return new Error("certificate-pem-invalid", $"'{field}' holds no PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----).");
        }

        try
        {
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException)
        {
            return new Error("certificate-pem-invalid", $"'{field}' is PEM but not an X.509 certificate.");
        }
    }
}
