using Microsoft.Data.Sqlite;
using Tocsin.Core.Audit;
using Tocsin.Storage.Audit;

namespace Tocsin.Storage.Sqlite;

/// <summary>Appends to the audit log inside a write transaction. Every write path calls it once, just before
/// it commits: <c>await SqliteAudit.AppendAsync(connection, transaction, AuditRecord.Of(...), database.NowMicros(), cancellationToken);</c></summary>
/// <remarks>The last hash is read inside the caller's transaction. Write transactions start with
/// <c>BEGIN IMMEDIATE</c> and so hold SQLite's one write lock from their start: two writers (threads or
/// processes) can never read the same head, and the chain stays a single line. A rolled-back write takes
/// its entry with it.</remarks>
internal static class SqliteAudit
{
    /// <summary>Appends the entry for <paramref name="record"/>, written by <see cref="AuditActor.Current"/>.</summary>
    public static async Task<AuditEntry> AppendAsync(SqliteConnection connection, SqliteTransaction transaction, AuditRecord record, long atMicros,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(record);
        long previousSequence = 0;
        ReadOnlyMemory<byte> previousHash = AuditEncoding.GenesisHash;
        await using (var head = connection.CreateCommand())
        {
            head.Transaction = transaction;
            head.CommandText = "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1";
            await using var reader = await head.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                previousSequence = reader.GetInt64(0);
                previousHash = (byte[])reader.GetValue(1);
            }
        }

        var entry = AuditChain.Next(previousSequence, previousHash, atMicros, AuditActor.Current, record);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO audit_log (sequence, at, actor, action, subject, details, prev_hash, hash)
            VALUES ($sequence, $at, $actor, $action, $subject, $details, $prev_hash, $hash)
            """;
        insert.Parameters.AddWithValue("$sequence", entry.Sequence);
        insert.Parameters.AddWithValue("$at", entry.At);
        insert.Parameters.AddWithValue("$actor", entry.Actor);
        insert.Parameters.AddWithValue("$action", entry.Action);
        insert.Parameters.AddWithValue("$subject", entry.Subject);
        insert.Parameters.AddWithValue("$details", entry.Details);
        insert.Parameters.AddWithValue("$prev_hash", entry.PreviousHash.ToArray());
        insert.Parameters.AddWithValue("$hash", entry.Hash.ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return entry;
    }
}
