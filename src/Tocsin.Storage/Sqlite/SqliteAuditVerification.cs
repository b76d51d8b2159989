using Microsoft.Data.Sqlite;
using SQLitePCL;
using Tocsin.Core.Audit;
using Tocsin.Storage.Audit;

using Tocsin.Storage.Common;

namespace Tocsin.Storage.Sqlite;

/// <summary>Verifies the audit chain straight from the file: one read transaction (a consistent snapshot of
/// log, checkpoints and objects), pages of rows stepped with a raw SQLite statement, and the engine-neutral
/// <see cref="AuditVerificationPass"/>.</summary>
internal sealed class SqliteAuditVerification(SqliteDatabase database)
{
    private const int PageSize = 50_000;

    public async Task<AuditVerification> VerifyAsync(bool deep, Func<byte[], string, bool>? verifySignature, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var pass = new AuditVerificationPass(await SqlAuditStore.CheckpointsAsync(connection, transaction, cancellationToken), deep, verifySignature);
        if (deep)
        {
            await ScanObjectsAsync(connection, transaction, pass, cancellationToken);
        }

        VerifyChain(connection, pass, cancellationToken);
        return pass.Finish();
    }

    /// <summary>Steps through the log in pages with a raw SQLite statement on the read transaction's connection:
    /// the column values are spans over SQLite's own memory, so no row allocates.</summary>
    private static void VerifyChain(SqliteConnection connection, AuditVerificationPass pass, CancellationToken cancellationToken)
    {
        const string Sql = $"SELECT {AuditRows.EntryColumns} FROM audit_log WHERE sequence > ?1 ORDER BY sequence LIMIT ?2";
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle, Sql, out var statement));
        using (statement)
        {
            var after = long.MinValue;
            var read = PageSize;
            while (read == PageSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                read = 0;
                raw.sqlite3_reset(statement);
                raw.sqlite3_bind_int64(statement, 1, after);
                raw.sqlite3_bind_int(statement, 2, PageSize);
                int rc;
                while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                {
                    read++;
                    after = raw.sqlite3_column_int64(statement, 0);
                    if (!pass.Next(after, raw.sqlite3_column_int64(statement, 1), raw.sqlite3_column_blob(statement, 2), raw.sqlite3_column_blob(statement, 3),
                            raw.sqlite3_column_blob(statement, 4), raw.sqlite3_column_blob(statement, 5), raw.sqlite3_column_blob(statement, 6), raw.sqlite3_column_blob(statement, 7)))
                    {
                        return;
                    }
                }

                Check(connection, rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
            }
        }
    }

    private static void Check(SqliteConnection connection, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
        }
    }

    private static async Task ScanObjectsAsync(SqliteConnection connection, SqliteTransaction transaction, AuditVerificationPass pass, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, version_key, content_hash, json FROM objects ORDER BY row_id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pass.AddStoredVersion(reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2), (byte[])reader.GetValue(3));
        }
    }
}
