using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Sharing;

/// <summary>Body of <c>POST /api/v1/partners/{name}/certificates</c>: either <c>certificate</c>, the PEM of the partner's
/// certificate (pinned by its SHA-256 thumbprint), or <c>ca</c> with <c>subject</c>, the PEM of the CA that issues the
/// partner's certificates and the exact subject they carry. Never a private key.</summary>
[RequestExample("partner-certificate.json")]
public sealed record AddPartnerCertificateRequest(string? Certificate, string? Ca, string? Subject, string? Label);

/// <summary>A certificate registration as the API shows it: <c>kind</c> <c>pinned</c> or <c>issuer</c>; <c>thumbprint</c> the
/// SHA-256 of the pinned certificate or of the CA; <c>subject</c> the pinned certificate's subject or the subject an issued
/// certificate must carry; <c>issuer</c> the pinned certificate's issuer or the CA's own subject; validity of the uploaded
/// certificate; <c>revokedAt</c> null while it identifies the partner.</summary>
public sealed record PartnerCertificateResponse(Guid Id, string Kind, string Thumbprint, string Subject, string Issuer, DateTimeOffset NotBefore,
    DateTimeOffset NotAfter, string? Label, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
