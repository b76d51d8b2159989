using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Sharing;

/// <summary>Certificates that identify a partner over mutual TLS (docs/mutual-tls.md): register, list, revoke. Administrators
/// only; each write is audited, every refusal is an RFC 9457 problem and changes nothing.</summary>
public static class PartnerCertificateEndpoints
{
    /// <summary>Maps <c>/api/v1/partners/{name}/certificates…</c>. 401 without credentials, 403 without the admin role.</summary>
    public static IEndpointRouteBuilder MapPartnerCertificateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/partners/{name}/certificates").WithTags("Sharing").RequireStaff(Role.Admin);
        group.MapPost("/", AddAsync);
        group.MapGet("/", ListAsync);
        group.MapDelete("/{id}", RevokeAsync);
        return endpoints;
    }

    /// <summary>Registers a pinned certificate, or an issuing CA with a subject: 201; 404 when no partner has that name (a
    /// staff account included); 409 when the certificate (or CA and subject) already identifies a partner; 422 for anything
    /// but one PEM certificate, a private key, an expired pinned certificate, a CA that is not one, a bad subject.</summary>
    private static async Task<Results<Created<PartnerCertificateResponse>, ProblemHttpResult>> AddAsync(string name, AddPartnerCertificateRequest request,
        ITocsinStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var partner = await FindAsync(store, name, cancellationToken);
        if (!partner.IsSuccess)
        {
            return Problems.NotFound(partner.Error);
        }

        var prepared = PartnerCertificateUpload.Prepare(partner.Value.Id, request.Certificate, request.Ca, request.Subject, request.Label, clock.GetUtcNow());
        if (!prepared.IsSuccess)
        {
            return Problems.For(prepared.Error);
        }

        var stored = await store.PartnerCertificates.AddAsync(prepared.Value, cancellationToken);
        return stored.IsSuccess
            ? TypedResults.Created($"/api/v1/partners/{name}/certificates/{stored.Value.Id:D}", Response(stored.Value))
            : Problems.For(stored.Error);
    }

    /// <summary>The partner's registrations, revoked ones included, newest first: 200, or 404.</summary>
    private static async Task<Results<Ok<List<PartnerCertificateResponse>>, ProblemHttpResult>> ListAsync(string name, ITocsinStore store,
        CancellationToken cancellationToken)
    {
        var partner = await FindAsync(store, name, cancellationToken);
        if (!partner.IsSuccess)
        {
            return Problems.NotFound(partner.Error);
        }

        var registrations = await store.PartnerCertificates.ListAsync(partner.Value.Id, cancellationToken);
        return TypedResults.Ok(registrations.Select(Response).ToList());
    }

    /// <summary>Revokes one registration: 204, effective from the next request; 404 for an unknown partner or a registration
    /// it does not hold.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string name, string id, ITocsinStore store, CancellationToken cancellationToken)
    {
        var partner = await FindAsync(store, name, cancellationToken);
        if (!partner.IsSuccess)
        {
            return Problems.NotFound(partner.Error);
        }

        if (!Guid.TryParse(id, out var registration))
        {
            return Problems.NotFound(new Error("partner-certificate-not-found", $"The partner holds no certificate registration '{id}'."));
        }

        var revoked = await store.PartnerCertificates.RevokeAsync(partner.Value.Id, registration, cancellationToken);
        return revoked.IsSuccess ? TypedResults.NoContent() : Problems.For(revoked.Error);
    }

    private static async Task<Result<Principal>> FindAsync(ITocsinStore store, string name, CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        return principal is { Kind: PrincipalKind.Partner } ? principal : new Error("partner-not-found", $"No partner is named '{name}'.");
    }

    /// <summary>What the API shows of a registration.</summary>
    public static PartnerCertificateResponse Response(PartnerCertificate registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        using var certificate = X509CertificateLoader.LoadCertificate(registration.Certificate);
        var kind = registration.Kind == PartnerCertificateKind.Pinned ? "pinned" : "issuer";
        var issuer = registration.Kind == PartnerCertificateKind.Pinned ? certificate.IssuerName.Name : certificate.SubjectName.Name;
        return new PartnerCertificateResponse(registration.Id, kind, registration.Thumbprint, registration.Subject, issuer, registration.NotBefore,
            registration.NotAfter, registration.Label, registration.CreatedAt, registration.RevokedAt);
    }
}
