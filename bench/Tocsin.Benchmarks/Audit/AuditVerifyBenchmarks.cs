using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Tocsin.Core.Audit;
using Tocsin.Storage.Sqlite;

namespace Tocsin.Benchmarks.Audit;

/// <summary>Verifying an audit chain of 200,000 entries (target: at least 200,000 entries/s), from the SQLite
/// file as <c>tocsin audit verify</c> does, and in memory (the hashing floor). Entries/s = 200,000 / mean.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AuditVerifyBenchmarks
{
    private const int EntryCount = 200_000;
    private readonly List<AuditEntry> _entries = new(EntryCount);
    private string _directory = string.Empty;
    private SqliteTocsinStore _store = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var previous = (Sequence: 0L, Hash: AuditEncoding.GenesisHash);
        for (var i = 0; i < EntryCount; i++)
        {
            var id = $"indicator--{Guid.NewGuid():D}";
            var details = AuditDetails.WithVersions(new JsonObject { ["collection"] = "3f1c1a52-8a43-4d0c-9d7e-0d6f4a1e2b3c" },
                [new AuditedVersion(id, "2024-03-22T18:00:00.000000Z", System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()))]);
            var entry = AuditChain.Next(previous.Sequence, previous.Hash, 1_711_130_400_000_000 + i, "5b0f7c1e-2d4a-4f6b-9c3e-7a8d1e2f3a4b",
                AuditRecord.Of(AuditActions.ObjectAdd, "3f1c1a52-8a43-4d0c-9d7e-0d6f4a1e2b3c", details));
            _entries.Add(entry);
            previous = (entry.Sequence, entry.Hash);
        }

        _directory = Path.Combine(Path.GetTempPath(), "tocsin-bench", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(_directory, "tocsin.db");
        _store = await SqliteTocsinStore.OpenAsync(path, TimeProvider.System, CancellationToken.None);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO audit_log VALUES ($s, $at, $actor, $action, $subject, $details, $prev, $hash)";
        foreach (var name in new[] { "$s", "$at", "$actor", "$action", "$subject", "$details", "$prev", "$hash" })
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        foreach (var e in _entries)
        {
            var p = insert.Parameters;
            (p[0].Value, p[1].Value, p[2].Value, p[3].Value) = (e.Sequence, e.At, e.Actor, e.Action);
            (p[4].Value, p[5].Value, p[6].Value, p[7].Value) = (e.Subject, e.Details, e.PreviousHash.ToArray(), e.Hash.ToArray());
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Description = "verify 200,000 entries from the SQLite file")]
    public async Task<long> FromDatabase() => Checked(await _store.Audit.VerifyAsync(deep: false, null, CancellationToken.None));

    [Benchmark(Description = "verify 200,000 entries in memory")]
    public long InMemory() => Checked(AuditChain.Verify(_entries));

    private static long Checked(AuditVerification result) =>
        result.Intact && result.Count == EntryCount ? result.Count : throw new InvalidOperationException($"Chain did not verify: {result.Mismatch}");
}
