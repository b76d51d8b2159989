using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Tocsin.Core.Audit;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Sqlite;

/// <summary>Verifies the audit chain straight from the file: one read transaction (a consistent snapshot of
/// log, checkpoints and objects), pages of rows read with a plain data reader (no mapper), and the
/// allocation-free <see cref="AuditChainVerifier"/>.</summary>
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
        await using var page = connection.CreateCommand();
        page.Transaction = transaction;
        page.CommandText = """
            SELECT sequence, at, CAST(actor AS BLOB), CAST(action AS BLOB), CAST(subject AS BLOB), CAST(details AS BLOB), prev_hash, hash
            FROM audit_log WHERE sequence > $after ORDER BY sequence LIMIT $limit
            """;
        var after = page.Parameters.Add("$after", SqliteType.Integer);
        page.Parameters.AddWithValue("$limit", PageSize);
        after.Value = long.MinValue;
        AuditMismatch? objectMismatch = null;
        var read = PageSize;
        while (read == PageSize && verifier.Mismatch is null && objectMismatch is null)
        {
            read = 0;
            await using var reader = await page.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                read++;
                var sequence = reader.GetInt64(0);
                after.Value = sequence;
                var (action, details) = (Bytes(reader, 3), Bytes(reader, 5));
                if (!verifier.Next(sequence, reader.GetInt64(1), Bytes(reader, 2), action, Bytes(reader, 4), details, Bytes(reader, 6), Bytes(reader, 7)))
                {
                    break;
                }

                if (deep && action.AsSpan().SequenceEqual(ObjectAdd) && (objectMismatch = CheckVersions(sequence, details)) is not null)
                {
                    break;
                }
            }
        }

        var result = verifier.Finish();
        objectMismatch ??= result.Intact && _damaged is { Count: > 0 }
            ? new AuditMismatch(null, AuditFault.ObjectMismatch, _damaged.First().Value)
            : null;
        return objectMismatch is null ? result : result with { Mismatch = objectMismatch };
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

    // GetBytes with a null buffer (to learn the length) crashes in Microsoft.Data.Sqlite 11, so each value is
    // read whole; the chain verifier itself allocates nothing per entry.
    private static byte[] Bytes(SqliteDataReader reader, int ordinal) => (byte[])reader.GetValue(ordinal);
}
