using Tocsin.Core;
using Tocsin.Core.Principals;

namespace Tocsin.Storage.Sharing;

/// <summary>Certificates that identify partners over mutual TLS (docs/mutual-tls.md). Every write is audited. Nothing
/// is cached: a revocation holds from the next lookup on every node.</summary>
public interface IPartnerCertificateStore
{
    /// <summary>Registers <paramref name="registration"/> (its <see cref="PartnerCertificate.CreatedAt"/> is set here; audit
    /// <c>partnercert.add</c>). Fails with <c>partner-not-found</c> when the principal is missing or not a partner, and
    /// <c>partner-certificate-taken</c> when an active registration already has the same kind, thumbprint and subject
    /// (for any partner: a certificate identifies one partner).</summary>
    Task<Result<PartnerCertificate>> AddAsync(PartnerCertificate registration, CancellationToken cancellationToken);

    /// <summary>The partner's registrations, revoked ones included, newest first.</summary>
    Task<IReadOnlyList<PartnerCertificate>> ListAsync(Guid principalId, CancellationToken cancellationToken);

    /// <summary>Revokes one of the partner's registrations (audit <c>partnercert.revoke</c>); revoking twice keeps the
    /// first time. Fails with <c>partner-certificate-not-found</c> when the partner holds no registration with that id.</summary>
    Task<Result<PartnerCertificate>> RevokeAsync(Guid principalId, Guid id, CancellationToken cancellationToken);

    /// <summary>The active registrations of partner principals that may match a presented certificate: pinned ones
    /// whose thumbprint is <paramref name="thumbprint"/>, and issuer ones whose subject is <paramref name="subject"/>.
    /// The caller still checks validity and the chain.</summary>
    Task<IReadOnlyList<PartnerCertificate>> CandidatesAsync(string thumbprint, string subject, CancellationToken cancellationToken);

    /// <summary>The partner principal with id <paramref name="principalId"/>, or null when there is none or it is staff.</summary>
    Task<Principal?> FindPartnerAsync(Guid principalId, CancellationToken cancellationToken);
}
