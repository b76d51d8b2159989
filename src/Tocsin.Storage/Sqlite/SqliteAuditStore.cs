using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using Tocsin.Core.Audit;
using Tocsin.Storage.Audit;

namespace Tocsin.Storage.Sqlite;

/// <summary>The SQLite side of <see cref="IAuditStore"/>.</summary>
internal sealed class SqliteAuditStore(SqliteDatabase database) : IAuditStore
{
    private const string Columns = "sequence, at, actor, action, subject, details, prev_hash, hash";

    public async IAsyncEnumerable<AuditEntry> ReadAsync(long fromSequence, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM audit_log WHERE sequence >= $from ORDER BY sequence LIMIT $limit";
        command.Parameters.AddWithValue("$from", fromSequence);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return EntryOf(reader);
        }
    }

    public async Task<AuditEntry?> HeadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM audit_log ORDER BY sequence DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? EntryOf(reader) : null;
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
        var rows = await connection.QueryAsync<CheckpointRow>(new CommandDefinition(
            "SELECT sequence AS Sequence, hash AS Hash, at AS At, signature AS Signature FROM audit_checkpoints ORDER BY sequence, at",
            transaction: transaction, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AuditCheckpoint(r.Sequence, r.Hash, r.At, r.Signature))];
    }

    private static AuditEntry EntryOf(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
        (byte[])reader.GetValue(6), (byte[])reader.GetValue(7));

    private sealed record CheckpointRow(long Sequence, byte[] Hash, long At, string Signature);
}
