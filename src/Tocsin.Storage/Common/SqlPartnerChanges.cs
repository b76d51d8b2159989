using System.Data.Common;
using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' <see cref="ISharingStore.ApplyPartnerChangeAsync"/>: the partner principal, its profile and its keys
/// written in one write transaction with one audit entry, so that a refusal of any part (a taken name, a bad profile, a
/// key that is not the partner's, a taken key id, an expiry in the past) leaves nothing of the others.</summary>
internal sealed class SqlPartnerChanges(IStoreDatabase database)
{
    public async Task<Result<PartnerChangeResult>> ApplyAsync(PartnerChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Creates && change.Profile is null)
        {
            throw new ArgumentException("A new partner needs a profile.", nameof(change));
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var now = database.NowMicros();
        var principal = change.Creates
            ? await CreatePrincipalAsync(connection, transaction, change.Name, now, cancellationToken)
            : await FindPartnerAsync(connection, transaction, change.Name, cancellationToken);
        if (!principal.IsSuccess)
        {
            return principal.Error;
        }

        var profile = await ProfileAsync(connection, transaction, principal.Value, change.Profile, cancellationToken);
        if (!profile.IsSuccess)
        {
            return profile.Error;
        }

        var revoked = await RevokeAsync(connection, transaction, principal.Value, change.RevokeKeyIds, now, cancellationToken);
        if (!revoked.IsSuccess)
        {
            return revoked.Error;
        }

        var issued = await IssueAsync(connection, transaction, principal.Value, change.IssueKeys, now, cancellationToken);
        if (!issued.IsSuccess)
        {
            return issued.Error;
        }

        await database.AppendAuditAsync(connection, transaction, Audit(change, principal.Value, change.Profile is null ? null : profile.Value, issued.Value), now,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PartnerChangeResult(principal.Value, profile.Value, issued.Value);
    }

    private static async Task<Result<Principal>> CreatePrincipalAsync(DbConnection connection, DbTransaction transaction, string name, long now,
        CancellationToken cancellationToken)
    {
        if (!NameRules.IsValidPrincipalName(name))
        {
            return StoreErrors.PrincipalNameInvalid(name);
        }

        var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM principals WHERE name = @name", new { name }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            return StoreErrors.PrincipalNameTaken(name);
        }

        var id = Guid.NewGuid();
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO principals (id, name, kind, password_hash, created_at) VALUES (@id, @name, 'partner', NULL, @now)",
            new { id = StoreValues.Text(id), name, now }, transaction, cancellationToken: cancellationToken));
        return new Principal(id, name, PrincipalKind.Partner, [], StoreValues.InstantOf(now));
    }

    private static async Task<Result<Principal>> FindPartnerAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<PrincipalRow>(new CommandDefinition(
            "SELECT id AS Id, kind AS Kind, created_at AS CreatedAt FROM principals WHERE name = @name", new { name }, transaction,
            cancellationToken: cancellationToken));
        return row is { Kind: "partner" }
            ? new Principal(Guid.Parse(row.Id), name, PrincipalKind.Partner, [], StoreValues.InstantOf(row.CreatedAt))
            : SharingErrors.PartnerNotFound(name);
    }

    // The wanted profile normalised and stored, or the stored one when the change leaves it alone.
    private static async Task<Result<PartnerProfile>> ProfileAsync(DbConnection connection, DbTransaction transaction, Principal principal, PartnerProfile? wanted,
        CancellationToken cancellationToken)
    {
        if (wanted is null)
        {
            var stored = await SqlSharing.FindProfileAsync(connection, transaction, principal.Id, cancellationToken);
            return stored is null ? SharingErrors.ProfileNotFound(principal.Id) : stored;
        }

        var (settings, _) = await SqlSharing.ReadSettingsAsync(connection, transaction, cancellationToken);
        var normalised = PartnerProfileRules.Normalise(wanted with { PrincipalId = principal.Id, Name = principal.Name }, settings.Groups);
        if (!normalised.IsSuccess)
        {
            return normalised;
        }

        await SqlSharing.UpsertProfileAsync(connection, transaction, PartnerProfileRow.Of(normalised.Value), cancellationToken);
        return normalised;
    }

    private static async Task<Result<Unit>> RevokeAsync(DbConnection connection, DbTransaction transaction, Principal principal, IReadOnlyList<string> keyIds,
        long now, CancellationToken cancellationToken)
    {
        foreach (var keyId in keyIds)
        {
            // Revoking twice keeps the first revocation time.
            var changed = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, @now) WHERE key_id = @keyId AND principal_id = @principal",
                new { keyId, now, principal = StoreValues.Text(principal.Id) }, transaction, cancellationToken: cancellationToken));
            if (changed == 0)
            {
                return StoreErrors.ApiKeyNotFound(keyId);
            }
        }

        return Unit.Value;
    }

    private static async Task<Result<IReadOnlyList<ApiKeyInfo>>> IssueAsync(DbConnection connection, DbTransaction transaction, Principal principal,
        IReadOnlyList<PartnerKeyIssue> keys, long now, CancellationToken cancellationToken)
    {
        var issued = new List<ApiKeyInfo>();
        foreach (var (key, expiresAt) in keys)
        {
            var expires = expiresAt is { } e ? DateAddedStamp.FromInstant(e).Microseconds : (long?)null;
            if (expires <= now)
            {
                return StoreErrors.ApiKeyExpiryPast(expiresAt!.Value);
            }

            var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM api_keys WHERE key_id = @KeyId", new { key.KeyId }, transaction, cancellationToken: cancellationToken));
            if (taken > 0)
            {
                return StoreErrors.ApiKeyTaken(key.KeyId);
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO api_keys (key_id, principal_id, key_hash, label, created_at, expires_at) VALUES (@KeyId, @principal, @hash, NULL, @now, @expires)",
                new { key.KeyId, principal = StoreValues.Text(principal.Id), hash = key.Hash, now, expires }, transaction, cancellationToken: cancellationToken));
            issued.Add(new ApiKeyInfo(key.KeyId, principal.Id, null, StoreValues.InstantOf(now), null)
            {
                ExpiresAt = expires is { } x ? StoreValues.InstantOf(x) : null,
            });
        }

        return issued;
    }

    private static AuditRecord Audit(PartnerChange change, Principal principal, PartnerProfile? profile, IReadOnlyList<ApiKeyInfo> issued) =>
        AuditRecord.Of(AuditActions.PartnerChange, StoreValues.Text(principal.Id), new JsonObject
        {
            ["name"] = principal.Name,
            ["created"] = change.Creates,
            ["profile"] = profile is null ? null : JsonNode.Parse(PartnerProfileRow.Of(profile).AuditOfSet().Details),
            ["keys_issued"] = new JsonArray([.. issued.Select(k => new JsonObject
            {
                ["key_id"] = k.KeyId,
                ["expires"] = k.ExpiresAt is { } x ? DateAddedStamp.FromInstant(x).Microseconds : null,
            })]),
            ["keys_revoked"] = new JsonArray([.. change.RevokeKeyIds.Select(id => JsonValue.Create(id))]),
        });

    private sealed record PrincipalRow(string Id, string Kind, long CreatedAt);
}
