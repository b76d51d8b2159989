using System.Data;
using System.Text;
using Npgsql;
using Tocsin.Core.Audit;
using Tocsin.Storage.Audit;

using Tocsin.Storage.Common;

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

        var pass = new AuditVerificationPass(await SqlAuditStore.CheckpointsAsync(connection, transaction, cancellationToken), deep, verifySignature);
        if (deep)
        {
            await ScanObjectsAsync(connection, transaction, pass, cancellationToken);
        }

        await VerifyChainAsync(connection, transaction, pass, cancellationToken);
        return pass.Finish();
    }

    /// <summary>Streams the log: Npgsql reads rows off the wire as they come, never the whole result.</summary>
    private static async Task VerifyChainAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AuditVerificationPass pass,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {AuditRows.EntryColumns} FROM audit_log ORDER BY sequence", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!pass.Next(reader.GetInt64(0), reader.GetInt64(1), Utf8(reader, 2), Utf8(reader, 3), Utf8(reader, 4), Utf8(reader, 5),
                    reader.GetFieldValue<byte[]>(6), reader.GetFieldValue<byte[]>(7)))
            {
                return;
            }
        }
    }

    /// <summary>A text column as the UTF-8 bytes the chain hashes (the database's encoding is UTF8, as SQLite's).</summary>
    private static byte[] Utf8(NpgsqlDataReader reader, int ordinal) => Encoding.UTF8.GetBytes(reader.GetString(ordinal));

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
