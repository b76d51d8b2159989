using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Tocsin.Core.Audit;
using Tocsin.Storage.Audit;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' side of <see cref="IAuditStore"/>: reading the log and its checkpoints. Entries are
/// appended by each write through <see cref="IStoreDatabase.AppendAuditAsync"/>; verification streams the whole
/// log in the engine's own way (<paramref name="verify"/>).</summary>
internal sealed class SqlAuditStore(IStoreDatabase database, Func<bool, Func<byte[], string, bool>?, CancellationToken, Task<AuditVerification>> verify)
    : IAuditStore
{
    public async IAsyncEnumerable<AuditEntry> ReadAsync(long fromSequence, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {AuditRows.EntryColumns} FROM audit_log WHERE sequence >= @from ORDER BY sequence LIMIT @limit",
            new { from = fromSequence, limit = (long)limit }, cancellationToken: cancellationToken));
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return AuditRows.EntryOf(reader);
        }
    }

    public async Task<AuditEntry?> HeadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {AuditRows.EntryColumns} FROM audit_log ORDER BY sequence DESC LIMIT 1", cancellationToken: cancellationToken));
        return await reader.ReadAsync(cancellationToken) ? AuditRows.EntryOf(reader) : null;
    }

    public async Task AddCheckpointAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Two nodes may sign the same head at the same instant: the second is the same checkpoint.
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_checkpoints (sequence, hash, at, signature) VALUES (@Sequence, @hash, @At, @Signature) ON CONFLICT DO NOTHING",
            new { checkpoint.Sequence, hash = checkpoint.Hash.ToArray(), checkpoint.At, checkpoint.Signature }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AuditCheckpoint>> ListCheckpointsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await CheckpointsAsync(connection, null, cancellationToken);
    }

    public Task<AuditVerification> VerifyAsync(bool deep, Func<byte[], string, bool>? verifySignature, CancellationToken cancellationToken) =>
        verify(deep, verifySignature, cancellationToken);

    public static async Task<IReadOnlyList<AuditCheckpoint>> CheckpointsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<AuditRows.CheckpointRow>(new CommandDefinition(
            AuditRows.SelectCheckpoints, transaction: transaction, cancellationToken: cancellationToken));
        return AuditRows.CheckpointsOf(rows);
    }
}
