using System.Buffers;
using System.Data;
using System.Text;
using Npgsql;
using Tocsin.Core.Audit;
using Tocsin.Storage.Audit;

namespace Tocsin.Storage.Postgres;

/// <summary>Verifies the audit chain from the database: one read-only REPEATABLE READ transaction (a consistent
/// snapshot of log, checkpoints and objects while other nodes keep writing), the log streamed row by row in
/// sequence order, and the engine-neutral <see cref="AuditVerificationPass"/>.</summary>
internal static class PostgresAuditVerification
{
    public static async Task<AuditVerification> VerifyAsync(PostgresDatabase database, bool deep, Func<byte[], string, bool>? verifySignature,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
        {
            await readOnly.ExecuteNonQueryAsync(cancellationToken);
        }

        var pass = new AuditVerificationPass(await PostgresAuditStore.CheckpointsAsync(connection, transaction, cancellationToken), deep, verifySignature);
        if (deep)
        {
            await ScanObjectsAsync(connection, transaction, pass, cancellationToken);
        }

        await VerifyChainAsync(connection, transaction, pass, cancellationToken);
        return pass.Finish();
    }

    /// <summary>Streams the log (Npgsql reads rows off the wire as they come, never the whole result) and hands
    /// each row's text fields to the pass as UTF-8, encoded into one reused buffer.</summary>
    private static async Task VerifyChainAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AuditVerificationPass pass,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {AuditRows.EntryColumns} FROM audit_log ORDER BY sequence", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var sequence = reader.GetInt64(0);
                var at = reader.GetInt64(1);
                var fields = new[] { reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5) };
                var previousHash = reader.GetFieldValue<byte[]>(6);
                var hash = reader.GetFieldValue<byte[]>(7);
                var length = fields.Sum(Encoding.UTF8.GetByteCount);
                if (buffer.Length < length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(length);
                }

                var actor = Encode(fields[0], buffer, 0);
                var action = Encode(fields[1], buffer, actor.End);
                var subject = Encode(fields[2], buffer, action.End);
                var details = Encode(fields[3], buffer, subject.End);
                if (!pass.Next(sequence, at, buffer.AsSpan(actor.Start, actor.Length), buffer.AsSpan(action.Start, action.Length),
                        buffer.AsSpan(subject.Start, subject.Length), buffer.AsSpan(details.Start, details.Length), previousHash, hash))
                {
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (int Start, int Length, int End) Encode(string text, byte[] buffer, int start)
    {
        var length = Encoding.UTF8.GetBytes(text, buffer.AsSpan(start));
        return (start, length, start + length);
    }

    private static async Task ScanObjectsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AuditVerificationPass pass,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id, version_key, content_hash, json FROM objects ORDER BY row_id", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pass.AddStoredVersion(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2), reader.GetFieldValue<byte[]>(3));
        }
    }
}
