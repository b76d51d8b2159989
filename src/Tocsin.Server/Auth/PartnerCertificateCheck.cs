using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Auth;

/// <summary>Which partner, if any, a presented client certificate identifies (docs/mutual-tls.md). It must be within its
/// validity period now, carry the client-authentication usage when it states usages at all, and match exactly one
/// partner's active registrations: a pinned certificate by its SHA-256 thumbprint, or an issuing CA — the only trust
/// anchor of that registration, never the system's roots — that signed it with exactly the registered subject.</summary>
/// <remarks>Nothing is cached: the registrations are read on every request, so a revocation holds from the next
/// request on every node. Revocation lists are not consulted; revoking the registration is the revocation.</remarks>
public sealed class PartnerCertificateCheck(ITocsinStore store, TimeProvider clock)
{
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2", "Client Authentication");

    /// <summary>The partner <paramref name="presented"/> identifies, or null: unknown, out of its validity period, matching
    /// no chain, matching a revoked registration only, or matching registrations of more than one partner.</summary>
    public async Task<Principal?> IdentifyAsync(X509Certificate2 presented, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presented);
        var now = clock.GetUtcNow();
        if (now < presented.NotBefore || now > presented.NotAfter || !AllowsClientAuthentication(presented))
        {
            return null;
        }

        var thumbprint = CertificateThumbprint.Of(presented);
        var candidates = await store.PartnerCertificates.CandidatesAsync(thumbprint, presented.SubjectName.Name, cancellationToken);
        var partners = candidates.Where(c => Matches(c, presented, thumbprint, now)).Select(c => c.PrincipalId).Distinct().ToList();
        // Two partners claiming one certificate is a registration mistake; identifying either would be a guess.
        return partners.Count == 1 ? await store.PartnerCertificates.FindPartnerAsync(partners[0], cancellationToken) : null;
    }

    private static bool Matches(PartnerCertificate registration, X509Certificate2 presented, string thumbprint, DateTimeOffset now) => registration.Kind switch
    {
        PartnerCertificateKind.Pinned => string.Equals(registration.Thumbprint, thumbprint, StringComparison.Ordinal)
            && registration.Certificate.AsSpan().SequenceEqual(presented.RawData),
        PartnerCertificateKind.Issuer => string.Equals(registration.Subject, presented.SubjectName.Name, StringComparison.Ordinal)
            && IssuedBy(registration.Certificate, presented, now),
    };

    /// <summary>True when <paramref name="presented"/> chains, directly, to the CA whose DER is <paramref name="caDer"/> as the
    /// only trusted root, everything valid at <paramref name="now"/>, with no download of anything.</summary>
    private static bool IssuedBy(byte[] caDer, X509Certificate2 presented, DateTimeOffset now)
    {
        using var ca = X509CertificateLoader.LoadCertificate(caDer);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        chain.ChainPolicy.ApplicationPolicy.Add(ClientAuthentication);
        return chain.Build(presented)
            && chain.ChainElements.Count == 2
            && chain.ChainElements[1].Certificate.RawData.AsSpan().SequenceEqual(ca.RawData);
    }

    private static bool AllowsClientAuthentication(X509Certificate2 certificate)
    {
        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault();
        return usages is null || usages.EnhancedKeyUsages.Cast<Oid>().Any(u => u.Value == ClientAuthentication.Value);
    }
}
