namespace Tocsin.Storage.Sharing;

/// <summary>A certificate registration that identifies a partner over mutual TLS (docs/mutual-tls.md).</summary>
/// <param name="Id">The registration's id; revocation names it.</param>
/// <param name="PrincipalId">The partner it identifies.</param>
/// <param name="Kind">Pinned certificate, or issuing CA with a subject.</param>
/// <param name="Thumbprint">SHA-256 of the DER of <paramref name="Certificate"/>, lower-case hex.</param>
/// <param name="Subject">Pinned: the certificate's subject, for people to read. Issuer: the exact subject (as .NET
/// formats a distinguished name) a certificate issued by the CA must carry.</param>
/// <param name="Certificate">DER of the pinned certificate, or of the CA.</param>
/// <param name="NotBefore">Start of <paramref name="Certificate"/>'s validity.</param>
/// <param name="NotAfter">End of <paramref name="Certificate"/>'s validity.</param>
public sealed record PartnerCertificate(Guid Id, Guid PrincipalId, PartnerCertificateKind Kind, string Thumbprint, string Subject, byte[] Certificate,
    DateTimeOffset NotBefore, DateTimeOffset NotAfter)
{
    /// <summary>Free text for administrators; null when none was given.</summary>
    public string? Label { get; init; }

    /// <summary>When it was registered (set by the store).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was revoked; null while it identifies the partner.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
