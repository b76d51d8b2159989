using Npgsql;
using Tocsin.Core.Audit;
using Tocsin.Storage.Audit;

namespace Tocsin.Storage.Postgres;

/// <summary>Appends to the audit log inside a write transaction. Every write path calls it once, just before
/// it commits: <c>await PostgresAudit.AppendAsync(connection, transaction, AuditRecord.Of(...), database.NowMicros(), cancellationToken);</c></summary>
/// <remarks>The head is read inside the caller's transaction, which began with
/// <see cref="PostgresDatabase.BeginWriteAsync"/> and so holds the one write lock: two writers on any nodes
/// never read the same head, and the chain stays a single line. A rolled-back write takes its entry with it.</remarks>
internal static class PostgresAudit
{
    /// <summary>Appends the entry for <paramref name="record"/>, written by <see cref="AuditActor.Current"/>.</summary>
    public static async Task<AuditEntry> AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AuditRecord record, long atMicros,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(record);
        long previousSequence = 0;
        ReadOnlyMemory<byte> previousHash = AuditEncoding.GenesisHash;
        await using (var head = new NpgsqlCommand("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1", connection, transaction))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                previousSequence = reader.GetInt64(0);
                previousHash = (byte[])reader.GetValue(1);
            }
        }

        var entry = AuditChain.Next(previousSequence, previousHash, atMicros, AuditActor.Current, record);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO audit_log (sequence, at, actor, action, subject, details, prev_hash, hash)
            VALUES (@sequence, @at, @actor, @action, @subject, @details, @prev_hash, @hash)
            """, connection, transaction);
        insert.Parameters.AddWithValue("sequence", entry.Sequence);
        insert.Parameters.AddWithValue("at", entry.At);
        insert.Parameters.AddWithValue("actor", entry.Actor);
        insert.Parameters.AddWithValue("action", entry.Action);
        insert.Parameters.AddWithValue("subject", entry.Subject);
        insert.Parameters.AddWithValue("details", entry.Details);
        insert.Parameters.AddWithValue("prev_hash", entry.PreviousHash.ToArray());
        insert.Parameters.AddWithValue("hash", entry.Hash.ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return entry;
    }
}
