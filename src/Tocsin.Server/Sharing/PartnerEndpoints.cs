using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Server.Api;
using Tocsin.Server.Classification;
using Tocsin.Server.Auth;
using Tocsin.Storage;
using Tocsin.Storage.Classification;

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
        return endpoints.MapTearlineEndpoints();
    }

    /// <summary>Creates a partner and its first key: 201, 400 or 422 for a bad profile (422 naming an unknown sector
    /// or group), 409 for a taken name.</summary>
    private static async Task<Results<Created<IssuedKeyResponse>, ProblemHttpResult>> AddAsync(AddPartnerRequest request, ITocsinStore store, ReadGate gate,
        CancellationToken cancellationToken)
    {
        var level = PartnerProfileRules.ParseTlp(request.Ceiling);
        if (!level.IsSuccess)
        {
            return Problems.For(level.Error);
        }

        var national = ClassificationCeiling(request.ClassificationCeiling, gate);
        if (!national.IsSuccess)
        {
            return Problems.For(national.Error);
        }

        if (!NameRules.IsValidPrincipalName(request.Name))
        {
            return Problems.For(StoreErrors.PrincipalNameInvalid(request.Name ?? string.Empty));
        }

        var settings = await store.Sharing.GetSettingsAsync(cancellationToken);
        var draft = PartnerProfileRules.Normalise(
            new PartnerProfile(Guid.Empty, request.Name!, request.Country ?? string.Empty, level.Value, request.Rel ?? [], request.RecipientOf ?? [])
            {
                Sectors = request.Sectors ?? [],
                Groups = request.Groups ?? [],
                ClassificationCeiling = national.Value,
            },
            settings.Groups);
        if (!draft.IsSuccess)
        {
            return Problems.For(draft.Error);
        }

        var principal = await store.AddPrincipalAsync(request.Name!, PrincipalKind.Partner, [], null, cancellationToken);
        if (!principal.IsSuccess)
        {
            return Problems.Conflict(principal.Error);
        }

        (await store.Sharing.SetProfileAsync(draft.Value with { PrincipalId = principal.Value.Id }, cancellationToken)).Value.ToString();
        var key = ApiKey.Generate();
        (await store.AddApiKeyAsync(principal.Value.Id, key, null, cancellationToken)).Value.ToString();
        return TypedResults.Created($"/api/v1/partners/{request.Name}", new IssuedKeyResponse(request.Name!, key.KeyId, key.Plaintext));
    }

    /// <summary>Every partner with its keys.</summary>
    private static async Task<Ok<List<PartnerResponse>>> ListAsync(ITocsinStore store, CancellationToken cancellationToken)
    {
        var list = new List<PartnerResponse>();
        foreach (var profile in await store.Sharing.ListProfilesAsync(cancellationToken))
        {
            list.Add(await ResponseAsync(store, profile, cancellationToken));
        }

        return TypedResults.Ok(list);
    }

    /// <summary>One partner: 200, or 404.</summary>
    private static async Task<Results<Ok<PartnerResponse>, ProblemHttpResult>> ShowAsync(string name, ITocsinStore store, CancellationToken cancellationToken)
    {
        var found = await FindAsync(store, name, cancellationToken);
        return found.IsSuccess ? TypedResults.Ok(await ResponseAsync(store, found.Value, cancellationToken)) : Problems.NotFound(found.Error);
    }

    /// <summary>Changes country, ceiling or lists: 200, 400 for bad values, 404.</summary>
    private static async Task<Results<Ok<PartnerResponse>, ProblemHttpResult>> UpdateAsync(string name, UpdatePartnerRequest request, ITocsinStore store, ReadGate gate,
        CancellationToken cancellationToken)
    {
        var found = await FindAsync(store, name, cancellationToken);
        if (!found.IsSuccess)
        {
            return Problems.NotFound(found.Error);
        }

        var profile = found.Value;
        if (request.Ceiling is not null)
        {
            var level = PartnerProfileRules.ParseTlp(request.Ceiling);
            if (!level.IsSuccess)
            {
                return Problems.For(level.Error);
            }

            profile = profile with { Ceiling = level.Value };
        }

        if (request.ClassificationCeiling is not null)
        {
            var national = ClassificationCeiling(request.ClassificationCeiling, gate);
            if (!national.IsSuccess)
            {
                return Problems.For(national.Error);
            }

            profile = profile with { ClassificationCeiling = national.Value };
        }

        profile = profile with
        {
            Country = request.Country ?? profile.Country,
            Releasability = request.Rel ?? profile.Releasability,
            Recipients = request.RecipientOf ?? profile.Recipients,
            Sectors = request.Sectors ?? profile.Sectors,
            Groups = request.Groups ?? profile.Groups,
        };
        var stored = await store.Sharing.SetProfileAsync(profile, cancellationToken);
        return stored.IsSuccess ? TypedResults.Ok(await ResponseAsync(store, stored.Value, cancellationToken)) : Problems.For(stored.Error);
    }

    /// <summary>Issues a key (shown once), optionally expiring (<see cref="IssueKeyRequest"/>): 201 with its expiry; 400
    /// <c>api-key-expiry-past</c>; 404.</summary>
    private static async Task<Results<Created<IssuedKeyResponse>, ProblemHttpResult>> IssueKeyAsync(string name, IssueKeyRequest? request, ITocsinStore store,
        CancellationToken cancellationToken)
    {
        var found = await FindAsync(store, name, cancellationToken);
        if (!found.IsSuccess)
        {
            return Problems.NotFound(found.Error);
        }

        var key = ApiKey.Generate();
        var stored = await store.AddApiKeyAsync(found.Value.PrincipalId, key, null, request?.ExpiresAt, cancellationToken);
        return stored.IsSuccess
            ? TypedResults.Created($"/api/v1/partners/{name}/keys/{key.KeyId}", new IssuedKeyResponse(name, key.KeyId, key.Plaintext, stored.Value.ExpiresAt))
            : Problems.For(stored.Error);
    }

    /// <summary>Revokes one of the partner's keys: 204, or 404 for an unknown partner or a key it does not hold.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKeyAsync(string name, string keyId, ITocsinStore store, CancellationToken cancellationToken)
    {
        var found = await FindAsync(store, name, cancellationToken);
        if (!found.IsSuccess)
        {
            return Problems.NotFound(found.Error);
        }

        var keys = await store.ListApiKeysAsync(found.Value.PrincipalId, cancellationToken);
        if (!keys.Any(k => k.KeyId == keyId))
        {
            return Problems.NotFound(StoreErrors.ApiKeyNotFound(keyId));
        }

        (await store.RevokeApiKeyAsync(keyId, cancellationToken)).Value.ToString();
        return TypedResults.NoContent();
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
        return profile is null ? new Error("partner-not-found", $"No partner is named '{name}'.") : profile;
    }

    private static async Task<PartnerResponse> ResponseAsync(ITocsinStore store, PartnerProfile profile, CancellationToken cancellationToken)
    {
        var keys = await store.ListApiKeysAsync(profile.PrincipalId, cancellationToken);
        return new PartnerResponse(profile.Name, profile.Country, PartnerProfileRules.TlpName(profile.Ceiling), profile.Releasability, profile.Recipients,
            [.. keys.Select(k => new PartnerKeyResponse(k.KeyId, k.CreatedAt, k.RevokedAt, k.ExpiresAt, k.LastUsedAt))])
        {
            Sectors = profile.Sectors,
            Groups = profile.Groups,
            ClassificationCeiling = profile.ClassificationCeiling,
        };
    }

    // A level of the deployment's scale; absent is the lowest (stored as null).
    private static Result<string?> ClassificationCeiling(string? level, ReadGate gate)
    {
        if (string.IsNullOrWhiteSpace(level))
        {
            return Result<string?>.Success(null);
        }

        return gate.National.Scale.Find(level) is { } found
            ? Result<string?>.Success(found)
            : ClassificationErrors.LevelUnknown(level, gate.National.Scale.Levels);
    }
}
