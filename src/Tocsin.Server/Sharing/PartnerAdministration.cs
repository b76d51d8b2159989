using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Server.Classification;
using Tocsin.Storage;
using Tocsin.Storage.Classification;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Sharing;

/// <summary>Partner administration (docs/partner-administration.md), the one service behind the API, the CLI and the
/// administration pages: each change (add a partner with its first key, change its profile, issue or revoke a key) is
/// checked here and written by ONE store transaction (<see cref="ISharingStore.ApplyPartnerChangeAsync"/>), so a refusal
/// leaves nothing behind.</summary>
/// <remarks>Authorisation is the caller's: the API and the pages require the admin role, the CLI runs on the server's
/// own data directory.</remarks>
public sealed class PartnerAdministration(ITocsinStore store, NationalClassification national)
{
    /// <summary>Every partner with its keys, by name.</summary>
    public async Task<IReadOnlyList<PartnerDetails>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<PartnerDetails>();
        foreach (var profile in await store.Sharing.ListProfilesAsync(cancellationToken))
        {
            list.Add(new PartnerDetails(profile, await store.ListApiKeysAsync(profile.PrincipalId, cancellationToken)));
        }

        return list;
    }

    /// <summary>One partner with its keys, or <c>partner-not-found</c> (also for a user of that name).</summary>
    public async Task<Result<PartnerDetails>> FindAsync(string name, CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        var profile = principal is { Kind: PrincipalKind.Partner } ? await store.Sharing.FindProfileAsync(principal.Id, cancellationToken) : null;
        return profile is null
            ? SharingErrors.PartnerNotFound(name)
            : new PartnerDetails(profile, await store.ListApiKeysAsync(profile.PrincipalId, cancellationToken));
    }

    /// <summary>Creates a partner, its profile and its first key together. Refusals: <c>unknown-tlp</c>,
    /// <c>classification-level-unknown</c>, <c>principal-name-invalid</c>, the profile rules' codes, <c>principal-name-taken</c>.</summary>
    public async Task<Result<IssuedPartnerKey>> AddAsync(string? name, PartnerFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var level = PartnerProfileRules.ParseTlp(fields.Ceiling);
        if (!level.IsSuccess)
        {
            return level.Error;
        }

        var classification = ClassificationCeiling(fields.ClassificationCeiling);
        if (!classification.IsSuccess)
        {
            return classification.Error;
        }

        if (!NameRules.IsValidPrincipalName(name))
        {
            return StoreErrors.PrincipalNameInvalid(name ?? string.Empty);
        }

        var profile = new PartnerProfile(Guid.Empty, name!, fields.Country ?? string.Empty, level.Value, fields.Rel ?? [], fields.RecipientOf ?? [])
        {
            Sectors = fields.Sectors ?? [],
            Groups = fields.Groups ?? [],
            ClassificationCeiling = classification.Value,
        };
        var key = ApiKey.Generate();
        var applied = await store.Sharing.ApplyPartnerChangeAsync(
            new PartnerChange(name!) { Creates = true, Profile = profile, IssueKeys = [new PartnerKeyIssue(key, null)] }, cancellationToken);
        return applied.IsSuccess ? new IssuedPartnerKey(applied.Value.Profile, key, applied.Value.IssuedKeys[0]) : applied.Error;
    }

    /// <summary>Changes a partner's profile: absent fields keep their value. Refusals: <c>partner-not-found</c>,
    /// <c>unknown-tlp</c>, <c>classification-level-unknown</c>, the profile rules' codes.</summary>
    public async Task<Result<PartnerProfile>> UpdateAsync(string name, PartnerFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var found = await FindAsync(name, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var profile = Merge(found.Value.Profile, fields);
        if (!profile.IsSuccess)
        {
            return profile.Error;
        }

        var applied = await store.Sharing.ApplyPartnerChangeAsync(new PartnerChange(name) { Profile = profile.Value }, cancellationToken);
        return applied.IsSuccess ? applied.Value.Profile : applied.Error;
    }

    /// <summary>Issues a key, optionally expiring. Refusals: <c>partner-not-found</c>, <c>api-key-expiry-past</c>.</summary>
    public async Task<Result<IssuedPartnerKey>> IssueKeyAsync(string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var key = ApiKey.Generate();
        var applied = await store.Sharing.ApplyPartnerChangeAsync(new PartnerChange(name) { IssueKeys = [new PartnerKeyIssue(key, expiresAt)] }, cancellationToken);
        return applied.IsSuccess ? new IssuedPartnerKey(applied.Value.Profile, key, applied.Value.IssuedKeys[0]) : applied.Error;
    }

    /// <summary>Revokes one of the partner's keys (again: keeps the first revocation time). Refusals:
    /// <c>partner-not-found</c>, <c>api-key-not-found</c> for a key this partner does not hold.</summary>
    public async Task<Result<Unit>> RevokeKeyAsync(string name, string keyId, CancellationToken cancellationToken)
    {
        var applied = await store.Sharing.ApplyPartnerChangeAsync(new PartnerChange(name) { RevokeKeyIds = [keyId] }, cancellationToken);
        return applied.IsSuccess ? Unit.Value : applied.Error;
    }

    private Result<PartnerProfile> Merge(PartnerProfile profile, PartnerFields fields)
    {
        if (fields.Ceiling is not null)
        {
            var level = PartnerProfileRules.ParseTlp(fields.Ceiling);
            if (!level.IsSuccess)
            {
                return level.Error;
            }

            profile = profile with { Ceiling = level.Value };
        }

        if (fields.ClassificationCeiling is not null)
        {
            var classification = ClassificationCeiling(fields.ClassificationCeiling);
            if (!classification.IsSuccess)
            {
                return classification.Error;
            }

            profile = profile with { ClassificationCeiling = classification.Value };
        }

        return profile with
        {
            Country = fields.Country ?? profile.Country,
            Releasability = fields.Rel ?? profile.Releasability,
            Recipients = fields.RecipientOf ?? profile.Recipients,
            Sectors = fields.Sectors ?? profile.Sectors,
            Groups = fields.Groups ?? profile.Groups,
        };
    }

    // A level of the deployment's scale; blank is the lowest (stored as null).
    private Result<string?> ClassificationCeiling(string? level)
    {
        if (string.IsNullOrWhiteSpace(level))
        {
            return Result<string?>.Success(null);
        }

        return national.Scale.Find(level) is { } found
            ? Result<string?>.Success(found)
            : ClassificationErrors.LevelUnknown(level, national.Scale.Levels);
    }
}
