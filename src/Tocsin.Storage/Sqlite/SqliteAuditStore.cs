using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using Tocsin.Core.Audit;
using Tocsin.Storage.Audit;

namespace Tocsin.Storage.Sqlite;

/// <summary>The SQLite side of <see cref="IAuditStore"/>.</summary>
internal sealed class SqliteAuditStore(SqliteDatabase database) : IAuditStore
{
    public async IAsyncEnumerable<AuditEntry> ReadAsync(long fromSequence, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AuditRows.EntryColumns} FROM audit_log WHERE sequence >= $from ORDER BY sequence LIMIT $limit";
        command.Parameters.AddWithValue("$from", fromSequence);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return AuditRows.EntryOf(reader);
        }
    }

    public async Task<AuditEntry?> HeadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AuditRows.EntryColumns} FROM audit_log ORDER BY sequence DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? AuditRows.EntryOf(reader) : null;
    }

    public async Task AddCheckpointAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT OR IGNORE INTO audit_checkpoints (sequence, hash, at, signature) VALUES (@Sequence, @hash, @At, @Signature)",
            new { checkpoint.Sequence, hash = checkpoint.Hash.ToArray(), checkpoint.At, checkpoint.Signature }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AuditCheckpoint>> ListCheckpointsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await CheckpointsAsync(connection, null, cancellationToken);
    }

    public Task<AuditVerification> VerifyAsync(bool deep, Func<byte[], string, bool>? verifySignature, CancellationToken cancellationToken) =>
        new SqliteAuditVerification(database).VerifyAsync(deep, verifySignature, cancellationToken);

    public static async Task<IReadOnlyList<AuditCheckpoint>> CheckpointsAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<AuditRows.CheckpointRow>(new CommandDefinition(
            AuditRows.SelectCheckpoints, transaction: transaction, cancellationToken: cancellationToken));
        return AuditRows.CheckpointsOf(rows);
    }
}
