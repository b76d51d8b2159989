using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Sharing;

/// <summary>The sharing API (docs/sharing.md): partner management (admin), the share-log report (admin or
/// watch officer) and tearline release (<see cref="TearlineEndpoints"/>). Every bad input is an RFC 9457 problem and changes nothing.</summary>
public static class PartnerEndpoints
{
    /// <summary>Maps <c>/api/v1/partners…</c> and <c>POST /api/v1/tearlines</c>. 401 without credentials,
    /// 403 without the role.</summary>
    public static IEndpointRouteBuilder MapSharingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/v1/partners").WithTags("Sharing").RequireStaff(Role.Admin);
        admin.MapPost("/", AddAsync);
        admin.MapGet("/", ListAsync);
        admin.MapGet("/{name}", ShowAsync);
        admin.MapPatch("/{name}", UpdateAsync);
        admin.MapPost("/{name}/keys", IssueKeyAsync);
        admin.MapDelete("/{name}/keys/{keyId}", RevokeKeyAsync);
        endpoints.MapGet("/api/v1/partners/{name}/received", ReceivedAsync).WithTags("Sharing").RequireStaff(Role.Admin, Role.WatchOfficer);
        endpoints.MapPartnerCertificateEndpoints();
        endpoints.MapPartnerPreviewEndpoints();
        return endpoints.MapTearlineEndpoints();
    }

    /// <summary>Creates a partner and its first key in one transaction (<see cref="PartnerAdministration.AddAsync"/>): 201, 400
    /// or 422 for a bad profile (422 naming an unknown sector, group or classification level), 409 for a taken name.</summary>
    private static async Task<Results<Created<IssuedKeyResponse>, ProblemHttpResult>> AddAsync(AddPartnerRequest request, PartnerAdministration partners,
        CancellationToken cancellationToken)
    {
        var added = await partners.AddAsync(request.Name, Fields(request.Country, request.Ceiling, request.ClassificationCeiling, request.Rel, request.RecipientOf,
            request.Sectors, request.Groups), cancellationToken);
        return added.IsSuccess
            ? TypedResults.Created($"/api/v1/partners/{request.Name}", new IssuedKeyResponse(request.Name!, added.Value.Key.KeyId, added.Value.Key.Plaintext))
            : Problems.For(added.Error);
    }

    /// <summary>Every partner with its keys.</summary>
    private static async Task<Ok<List<PartnerResponse>>> ListAsync(PartnerAdministration partners, CancellationToken cancellationToken) =>
        TypedResults.Ok((await partners.ListAsync(cancellationToken)).Select(Response).ToList());

    /// <summary>One partner: 200, or 404.</summary>
    private static async Task<Results<Ok<PartnerResponse>, ProblemHttpResult>> ShowAsync(string name, PartnerAdministration partners, CancellationToken cancellationToken)
    {
        var found = await partners.FindAsync(name, cancellationToken);
        return found.IsSuccess ? TypedResults.Ok(Response(found.Value)) : Problems.NotFound(found.Error);
    }

    /// <summary>Changes country, ceilings or lists in one transaction: 200, 400 or 422 for bad values (nothing changed), 404.</summary>
    private static async Task<Results<Ok<PartnerResponse>, ProblemHttpResult>> UpdateAsync(string name, UpdatePartnerRequest request, PartnerAdministration partners,
        CancellationToken cancellationToken)
    {
        var updated = await partners.UpdateAsync(name, Fields(request.Country, request.Ceiling, request.ClassificationCeiling, request.Rel, request.RecipientOf,
            request.Sectors, request.Groups), cancellationToken);
        if (!updated.IsSuccess)
        {
            return Problems.For(updated.Error);
        }

        var found = await partners.FindAsync(name, cancellationToken);
        return found.IsSuccess ? TypedResults.Ok(Response(found.Value)) : Problems.NotFound(found.Error);
    }

    /// <summary>Issues a key (shown once), optionally expiring (<see cref="IssueKeyRequest"/>): 201 with its expiry; 422
    /// <c>api-key-expiry-past</c>; 404.</summary>
    private static async Task<Results<Created<IssuedKeyResponse>, ProblemHttpResult>> IssueKeyAsync(string name, IssueKeyRequest? request, PartnerAdministration partners,
        CancellationToken cancellationToken)
    {
        var issued = await partners.IssueKeyAsync(name, request?.ExpiresAt, cancellationToken);
        return issued.IsSuccess
            ? TypedResults.Created($"/api/v1/partners/{name}/keys/{issued.Value.Key.KeyId}",
                new IssuedKeyResponse(name, issued.Value.Key.KeyId, issued.Value.Key.Plaintext, issued.Value.Info.ExpiresAt))
            : Problems.For(issued.Error);
    }

    /// <summary>Revokes one of the partner's keys: 204, or 404 for an unknown partner or a key it does not hold.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKeyAsync(string name, string keyId, PartnerAdministration partners,
        CancellationToken cancellationToken)
    {
        var revoked = await partners.RevokeKeyAsync(name, keyId, cancellationToken);
        return revoked.IsSuccess ? TypedResults.NoContent() : Problems.NotFound(revoked.Error);
    }

    /// <summary>What the partner received in [from, to): 200, 400 for missing or bad times, 404.</summary>
    private static async Task<Results<Ok<List<ReceivedResponse>>, ProblemHttpResult>> ReceivedAsync(string name, DateTimeOffset? from, DateTimeOffset? to,
        ITocsinStore store, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
        {
            return Problems.For(new Error("time-invalid", "Give 'from' and 'to' as RFC 3339 times, e.g. 2024-03-22T00:00:00Z."));
        }

        var found = await FindAsync(store, name, cancellationToken);
        if (!found.IsSuccess)
        {
            return Problems.NotFound(found.Error);
        }

        var rows = await store.Sharing.SharedBetweenAsync(found.Value.PrincipalId, from.Value, to.Value, cancellationToken);
        return rows.IsSuccess
            ? TypedResults.Ok(rows.Value.Select(r => new ReceivedResponse(r.ObjectId, r.VersionKey, r.SharedAt)).ToList())
            : Problems.For(rows.Error);
    }

    private static async Task<Result<PartnerProfile>> FindAsync(ITocsinStore store, string name, CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        var profile = principal is { Kind: PrincipalKind.Partner } ? await store.Sharing.FindProfileAsync(principal.Id, cancellationToken) : null;
        return profile is null ? SharingErrors.PartnerNotFound(name) : profile;
    }

    private static PartnerFields Fields(string? country, string? ceiling, string? classificationCeiling, IReadOnlyList<string>? rel,
        IReadOnlyList<string>? recipientOf, IReadOnlyList<string>? sectors, IReadOnlyList<string>? groups) => new()
        {
            Country = country,
            Ceiling = ceiling,
            ClassificationCeiling = classificationCeiling,
            Rel = rel,
            RecipientOf = recipientOf,
            Sectors = sectors,
            Groups = groups,
        };

    private static PartnerResponse Response(PartnerDetails partner) =>
        new(partner.Profile.Name, partner.Profile.Country, PartnerProfileRules.TlpName(partner.Profile.Ceiling), partner.Profile.Releasability,
            partner.Profile.Recipients, [.. partner.Keys.Select(k => new PartnerKeyResponse(k.KeyId, k.CreatedAt, k.RevokedAt, k.ExpiresAt, k.LastUsedAt))])
        {
            Sectors = partner.Profile.Sectors,
            Groups = partner.Profile.Groups,
            ClassificationCeiling = partner.Profile.ClassificationCeiling,
        };
}
