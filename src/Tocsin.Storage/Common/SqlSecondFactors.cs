using System.Data.Common;
using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Storage.Factors;

namespace Tocsin.Storage.Common;

/// <summary><see cref="ISecondFactorStore"/> on either engine. Uses of a TOTP step, a passkey counter and a recovery code
/// are compare-and-set updates, so two nodes accepting the same code at once cannot both succeed.</summary>
internal sealed class SqlSecondFactors(IStoreDatabase database) : ISecondFactorStore
{
    private const string SelectTotp =
        "SELECT principal_id AS PrincipalId, secret AS Secret, last_step AS LastStep, created_at AS CreatedAt, last_used_at AS LastUsedAt FROM totp_factors";

    private const string SelectPasskey =
        "SELECT credential_id AS CredentialId, principal_id AS PrincipalId, public_key AS PublicKey, sign_count AS SignCount, name AS Name, created_at AS CreatedAt, last_used_at AS LastUsedAt FROM passkeys";

    private static readonly string[] FactorTables = ["totp_factors", "passkeys", "recovery_codes"];

    public async Task<FactorSummary> SummaryAsync(Guid principalId, CancellationToken cancellationToken)
    {
        var id = StoreValues.Text(principalId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var totp = await connection.QuerySingleOrDefaultAsync<TotpRow>(new CommandDefinition(SelectTotp + " WHERE principal_id = @id", new { id }, cancellationToken: cancellationToken));
        var passkeys = await connection.QueryAsync<PasskeyRow>(new CommandDefinition(
            SelectPasskey + " WHERE principal_id = @id ORDER BY created_at, credential_id", new { id }, cancellationToken: cancellationToken));
        var codes = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM recovery_codes WHERE principal_id = @id AND used_at IS NULL", new { id }, cancellationToken: cancellationToken));
        return new FactorSummary(totp?.ToFactor(), [.. passkeys.Select(p => p.ToPasskey())], (int)codes);
    }

    public async Task<bool> HoldsAnyAsync(Guid principalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT CASE WHEN EXISTS (SELECT 1 FROM totp_factors WHERE principal_id = @id)
                          OR EXISTS (SELECT 1 FROM passkeys WHERE principal_id = @id) THEN 1 ELSE 0 END
            """, new { id = StoreValues.Text(principalId) }, cancellationToken: cancellationToken)) != 0;
    }

    public async Task<TotpFactor?> FindTotpAsync(Guid principalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TotpRow>(new CommandDefinition(
            SelectTotp + " WHERE principal_id = @id", new { id = StoreValues.Text(principalId) }, cancellationToken: cancellationToken));
        return row?.ToFactor();
    }

    public async Task SetTotpAsync(Guid principalId, string protectedSecret, long confirmedStep, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(protectedSecret);
        var id = StoreValues.Text(principalId);
        await WriteAsync(AuditActions.SecondFactorEnrol, id, new JsonObject { ["factor"] = "totp" }, async (connection, transaction, now) =>
        {
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM totp_factors WHERE principal_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO totp_factors (principal_id, secret, last_step, created_at, last_used_at) VALUES (@id, @protectedSecret, @confirmedStep, @now, @now)",
                new { id, protectedSecret, confirmedStep, now }, transaction, cancellationToken: cancellationToken));
            return true;
        }, cancellationToken);
    }

    public async Task<bool> UseTotpStepAsync(Guid principalId, long step, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginUnauditedWriteAsync(connection, cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE totp_factors SET last_step = @step, last_used_at = @now WHERE principal_id = @id AND last_step < @step",
            new { id = StoreValues.Text(principalId), step, now = database.NowMicros() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return changed == 1;
    }

    public Task<bool> RemoveTotpAsync(Guid principalId, CancellationToken cancellationToken)
    {
        var id = StoreValues.Text(principalId);
        return WriteAsync(AuditActions.SecondFactorRemove, id, new JsonObject { ["factor"] = "totp" }, async (connection, transaction, _) =>
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM totp_factors WHERE principal_id = @id", new { id }, transaction, cancellationToken: cancellationToken)) > 0, cancellationToken);
    }

    public async Task<Result<Unit>> AddPasskeyAsync(Passkey passkey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passkey);
        var id = StoreValues.Text(passkey.PrincipalId);
        var added = await WriteAsync(AuditActions.SecondFactorEnrol, id, new JsonObject { ["factor"] = "passkey", ["credential"] = passkey.CredentialId, ["name"] = passkey.Name },
            async (connection, transaction, now) =>
            {
                var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM passkeys WHERE credential_id = @CredentialId", new { passkey.CredentialId }, transaction, cancellationToken: cancellationToken));
                if (taken > 0)
                {
                    return false;
                }

                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO passkeys (credential_id, principal_id, public_key, sign_count, name, created_at) VALUES (@CredentialId, @id, @PublicKey, @count, @Name, @now)",
                    new { passkey.CredentialId, id, passkey.PublicKey, count = (long)passkey.SignCount, passkey.Name, now }, transaction, cancellationToken: cancellationToken));
                return true;
            }, cancellationToken);
        return added ? Unit.Value : new Error("passkey-exists", "This passkey is already registered.").As(ErrorKind.Conflict);
    }

    public async Task<Passkey?> FindPasskeyAsync(string credentialId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PasskeyRow>(new CommandDefinition(
            SelectPasskey + " WHERE credential_id = @credentialId", new { credentialId }, cancellationToken: cancellationToken));
        return row?.ToPasskey();
    }

    public async Task<bool> UsePasskeyAsync(string credentialId, uint signCount, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginUnauditedWriteAsync(connection, cancellationToken);
        // Authenticators that keep no counter report 0 for ever; any that counts must go forward.
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE passkeys SET sign_count = @count, last_used_at = @now WHERE credential_id = @credentialId AND ((@count = 0 AND sign_count = 0) OR sign_count < @count)",
            new { credentialId, count = (long)signCount, now = database.NowMicros() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return changed == 1;
    }

    public Task<bool> RemovePasskeyAsync(Guid principalId, string credentialId, CancellationToken cancellationToken)
    {
        var id = StoreValues.Text(principalId);
        return WriteAsync(AuditActions.SecondFactorRemove, id, new JsonObject { ["factor"] = "passkey", ["credential"] = credentialId }, async (connection, transaction, _) =>
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM passkeys WHERE principal_id = @id AND credential_id = @credentialId", new { id, credentialId }, transaction, cancellationToken: cancellationToken)) > 0,
            cancellationToken);
    }

    public async Task ReplaceRecoveryCodesAsync(Guid principalId, IReadOnlyList<(string Lookup, string Hash)> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var id = StoreValues.Text(principalId);
        await WriteAsync(AuditActions.RecoveryCodesIssue, id, new JsonObject { ["count"] = codes.Count }, async (connection, transaction, now) =>
        {
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM recovery_codes WHERE principal_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO recovery_codes (principal_id, lookup, hash, created_at) VALUES (@id, @Lookup, @Hash, @now)",
                codes.Select(c => new { id, c.Lookup, c.Hash, now }), transaction, cancellationToken: cancellationToken));
            return true;
        }, cancellationToken);
    }

    public async Task<string?> RecoveryCodeHashAsync(Guid principalId, string lookup, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT hash FROM recovery_codes WHERE principal_id = @id AND lookup = @lookup AND used_at IS NULL",
            new { id = StoreValues.Text(principalId), lookup }, cancellationToken: cancellationToken));
    }

    public Task<bool> UseRecoveryCodeAsync(Guid principalId, string lookup, CancellationToken cancellationToken)
    {
        var id = StoreValues.Text(principalId);
        return WriteAsync(AuditActions.RecoveryCodeUse, id, new JsonObject { ["lookup"] = lookup }, async (connection, transaction, now) =>
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE recovery_codes SET used_at = @now WHERE principal_id = @id AND lookup = @lookup AND used_at IS NULL",
                new { id, lookup, now }, transaction, cancellationToken: cancellationToken)) == 1, cancellationToken);
    }

    public Task<bool> ResetAsync(Guid principalId, CancellationToken cancellationToken)
    {
        var id = StoreValues.Text(principalId);
        return WriteAsync(AuditActions.SecondFactorReset, id, null, async (connection, transaction, _) =>
        {
            var removed = 0;
            foreach (var table in FactorTables)
            {
                removed += await connection.ExecuteAsync(new CommandDefinition(
                    $"DELETE FROM {table} WHERE principal_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
            }

            return removed > 0;
        }, cancellationToken);
    }

    // One audited write: the change, then its audit entry only when it changed something, in one transaction.
    private async Task<bool> WriteAsync(string action, string subject, JsonObject? details, Func<DbConnection, DbTransaction, long, Task<bool>> change, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var now = database.NowMicros();
        if (!await change(connection, transaction, now))
        {
            return false;
        }

        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(action, subject, details), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private sealed record TotpRow(string PrincipalId, string Secret, long LastStep, long CreatedAt, long? LastUsedAt)
    {
        public TotpFactor ToFactor() => new(Guid.Parse(PrincipalId), Secret, LastStep, StoreValues.InstantOf(CreatedAt), LastUsedAt is { } used ? StoreValues.InstantOf(used) : null);
    }

    private sealed record PasskeyRow(string CredentialId, string PrincipalId, byte[] PublicKey, long SignCount, string Name, long CreatedAt, long? LastUsedAt)
    {
        public Passkey ToPasskey() => new(CredentialId, Guid.Parse(PrincipalId), PublicKey, (uint)SignCount, Name, StoreValues.InstantOf(CreatedAt),
            LastUsedAt is { } used ? StoreValues.InstantOf(used) : null);
    }
}
