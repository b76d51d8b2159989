using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Tocsin.Core.Audit;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Sqlite;

/// <summary>Verifies the audit chain straight from the file: one read transaction (a consistent snapshot of
/// log, checkpoints and objects), pages of rows stepped with a raw SQLite statement, and the allocation-free
/// <see cref="AuditChainVerifier"/>.</summary>
internal sealed class SqliteAuditVerification(SqliteDatabase database)
{
    private const int PageSize = 50_000;

    private static readonly byte[] ObjectAdd = "object.add"u8.ToArray();

    /// <summary>Stored content hash of each object version, by "id version_key" (deep mode only).</summary>
    private Dictionary<string, byte[]>? _objects;

    /// <summary>Versions whose stored bytes do not hash to their stored content hash (deep mode only).</summary>
    private Dictionary<string, string>? _damaged;

    public async Task<AuditVerification> VerifyAsync(bool deep, Func<byte[], string, bool>? verifySignature, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var checkpoints = await SqliteAuditStore.CheckpointsAsync(connection, transaction, cancellationToken);
        if (deep)
        {
            await ScanObjectsAsync(connection, transaction, cancellationToken);
        }

        var verifier = new AuditChainVerifier(checkpoints, verifySignature);
        var objectMismatch = VerifyChain(connection, verifier, deep, cancellationToken);
        var result = verifier.Finish();
        objectMismatch ??= result.Intact && _damaged is { Count: > 0 }
            ? new AuditMismatch(null, AuditFault.ObjectMismatch, _damaged.First().Value)
            : null;
        return objectMismatch is null ? result : result with { Mismatch = objectMismatch };
    }

    /// <summary>Steps through the log in pages with a raw SQLite statement on the read transaction's connection:
    /// the column values are spans over SQLite's own memory, so no row allocates.</summary>
    private AuditMismatch? VerifyChain(SqliteConnection connection, AuditChainVerifier verifier, bool deep, CancellationToken cancellationToken)
    {
        const string Sql = "SELECT sequence, at, actor, action, subject, details, prev_hash, hash FROM audit_log WHERE sequence > ?1 ORDER BY sequence LIMIT ?2";
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
                    var action = raw.sqlite3_column_blob(statement, 3);
                    var details = raw.sqlite3_column_blob(statement, 5);
                    if (!verifier.Next(after, raw.sqlite3_column_int64(statement, 1), raw.sqlite3_column_blob(statement, 2), action,
                            raw.sqlite3_column_blob(statement, 4), details, raw.sqlite3_column_blob(statement, 6), raw.sqlite3_column_blob(statement, 7)))
                    {
                        return null;
                    }

                    if (deep && action.SequenceEqual(ObjectAdd) && CheckVersions(after, details.ToArray()) is { } mismatch)
                    {
                        return mismatch;
                    }
                }

                Check(connection, rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
            }
        }

        return null;
    }

    private static void Check(SqliteConnection connection, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
        }
    }

    private async Task ScanObjectsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        _objects = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        _damaged = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, version_key, content_hash, json FROM objects ORDER BY row_id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0) + " " + reader.GetString(1);
            var stored = (byte[])reader.GetValue(2);
            _objects[key] = stored;
            if (!SHA256.HashData(Canonical((byte[])reader.GetValue(3))).AsSpan().SequenceEqual(stored))
            {
                _damaged[key] = $"object {key}: its stored bytes do not match its content hash";
            }
        }
    }

    private AuditMismatch? CheckVersions(long sequence, byte[] details)
    {
        var document = JsonDocument.Parse(details);
        using (document)
        {
            if (!document.RootElement.TryGetProperty("versions", out var versions))
            {
                return null; // a digest of a large batch: the versions are checked against their own hashes only
            }

            foreach (var version in versions.EnumerateArray())
            {
                var key = version.GetProperty("id").GetString() + " " + version.GetProperty("version").GetString();
                var listed = Convert.FromHexString(version.GetProperty("sha256").GetString()!);
                if (!_objects!.TryGetValue(key, out var stored))
                {
                    return new AuditMismatch(sequence, AuditFault.ObjectMismatch, $"entry {sequence}: object {key} is no longer stored");
                }

                if (_damaged!.TryGetValue(key, out var damage) || !stored.AsSpan().SequenceEqual(listed))
                {
                    return new AuditMismatch(sequence, AuditFault.ObjectMismatch,
                        $"entry {sequence}: {damage ?? $"object {key}: its content hash differs from the one recorded"}");
                }
            }
        }

        return null;
    }

    private static byte[] Canonical(byte[] json)
    {
        try
        {
            return JsonCanonicalizer.Canonicalize(json);
        }
        catch (JsonException)
        {
            return json; // no longer JSON: it cannot hash to what was stored
        }
    }
}
