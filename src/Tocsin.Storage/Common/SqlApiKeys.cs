using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Core.Principals;

namespace Tocsin.Storage.Common;

/// <summary>API keys: only their key id and SHA-256 hash are stored (DESIGN "Principals"), with an optional expiry
/// and the time of last use.</summary>
internal sealed class SqlApiKeys(IStoreDatabase database)
{
    /// <summary>How stale the recorded last use may get: one write per key per minute at most, not one per request.</summary>
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public async Task<Result<ApiKeyInfo>> AddAsync(Guid principalId, ApiKey key, string? label, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var expires = expiresAt is { } e ? DateAddedStamp.FromInstant(e).Microseconds : (long?)null;
        if (expires <= database.NowMicros())
        {
            return StoreErrors.ApiKeyExpiryPast(expiresAt!.Value);
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var principal = StoreValues.Text(principalId);
        var known = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM principals WHERE id = @principal", new { principal }, transaction, cancellationToken: cancellationToken));
        if (known == 0)
        {
            return StoreErrors.PrincipalNotFound(principalId);
        }

        var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM api_keys WHERE key_id = @KeyId", new { key.KeyId }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            return StoreErrors.ApiKeyTaken(key.KeyId);
        }

        var now = database.NowMicros();
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO api_keys (key_id, principal_id, key_hash, label, created_at, expires_at) VALUES (@KeyId, @principal, @hash, @label, @now, @expires)",
            new { key.KeyId, principal, hash = key.Hash, label, now, expires }, transaction, cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.ApiKeyAdd, key.KeyId,
            new JsonObject { ["principal"] = principal, ["label"] = label, ["expires"] = expires }), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ApiKeyInfo(key.KeyId, principalId, label, StoreValues.InstantOf(now), null) { ExpiresAt = expires is { } x ? StoreValues.InstantOf(x) : null };
    }

    public async Task<Principal?> FindPrincipalAsync(string presented, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presented);
        var keyId = ApiKey.KeyIdOf(presented);
        if (keyId is null)
        {
            return null;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var now = database.NowMicros();
        var stored = await connection.QuerySingleOrDefaultAsync<StoredKey>(new CommandDefinition(
            """
            SELECT principal_id AS PrincipalId, key_hash AS KeyHash, last_used_at AS LastUsedAt FROM api_keys
            WHERE key_id = @keyId AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > @now)
            """,
            new { keyId, now }, cancellationToken: cancellationToken));
        if (stored is null || !CryptographicOperations.FixedTimeEquals(ApiKey.HashOf(presented), stored.KeyHash))
        {
            return null;
        }

        var stale = now - (long)LastUsedPrecision.TotalMicroseconds;
        if (stored.LastUsedAt is null || stored.LastUsedAt < stale)
        {
            // A bookkeeping write, not a change of anything the audit log vouches for: not audited. The condition
            // keeps concurrent verifications (and nodes) from writing the same minute twice.
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE api_keys SET last_used_at = @now WHERE key_id = @keyId AND (last_used_at IS NULL OR last_used_at < @stale)",
                new { keyId, now, stale }, cancellationToken: cancellationToken));
        }

        // A disabled user's keys stay as they were, but open nothing until the user is enabled again.
        return await SqlPrincipals.FindByIdAsync(connection, stored.PrincipalId, cancellationToken) is { DisabledAt: null } principal ? principal : null;
    }

    public async Task<Result<Unit>> RevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        // Revoking twice keeps the first revocation time.
        var now = database.NowMicros();
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, @now) WHERE key_id = @keyId",
            new { keyId, now }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return StoreErrors.ApiKeyNotFound(keyId);
        }

        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.ApiKeyRevoke, keyId), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(Guid principalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<KeyRow>(new CommandDefinition(
            """
            SELECT key_id AS KeyId, label AS Label, created_at AS CreatedAt, revoked_at AS RevokedAt, expires_at AS ExpiresAt, last_used_at AS LastUsedAt
            FROM api_keys WHERE principal_id = @principal ORDER BY created_at DESC, rowid DESC
            """,
            new { principal = StoreValues.Text(principalId) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ApiKeyInfo(r.KeyId, principalId, r.Label, StoreValues.InstantOf(r.CreatedAt),
            r.RevokedAt is { } revoked ? StoreValues.InstantOf(revoked) : null)
        {
            ExpiresAt = r.ExpiresAt is { } expires ? StoreValues.InstantOf(expires) : null,
            LastUsedAt = r.LastUsedAt is { } used ? StoreValues.InstantOf(used) : null,
        })];
    }

    private sealed record StoredKey(string PrincipalId, byte[] KeyHash, long? LastUsedAt);

    private sealed record KeyRow(string KeyId, string? Label, long CreatedAt, long? RevokedAt, long? ExpiresAt, long? LastUsedAt);
}
