using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Storage.Sqlite;

namespace Tocsin.Benchmarks;

/// <summary>Importing 100,000 objects into a fresh SQLite store in batches of 1,000, against the floor of
/// inserting the same rows (id, version, bytes) with plain batched SQLite inserts.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SqliteImportBenchmarks
{
    private const int BatchSize = 1000;
    private IReadOnlyList<byte[]> _raw = [];
    private List<StixObject> _objects = [];
    private string _directory = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _raw = RealisticStix.Objects(StixReadValidateBenchmarks.ObjectCount);
        _objects = _raw.Select(b => StixObject.FromTrusted(b)).ToList();
        _directory = Path.Combine(Path.GetTempPath(), "tocsin-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true, Description = "floor: plain batched SQLite inserts")]
    public async Task PlainInserts()
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".db");
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE o(id TEXT, version TEXT, json BLOB, PRIMARY KEY(id, version));";
            await pragma.ExecuteNonQueryAsync();
        }

        for (var start = 0; start < _objects.Count; start += BatchSize)
        {
            await using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO o(id, version, json) VALUES ($id, $version, $json)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var version = insert.Parameters.Add("$version", SqliteType.Text);
            var json = insert.Parameters.Add("$json", SqliteType.Blob);
            for (var i = start; i < Math.Min(start + BatchSize, _objects.Count); i++)
            {
                id.Value = _objects[i].Id;
                version.Value = _objects[i].VersionKey;
                json.Value = _raw[i];
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }
    }

    [Benchmark(Description = "Tocsin: parse + ITocsinStore.AddObjectsAsync (validate, dedupe, date_added)")]
    public async Task StoreImport()
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".db");
        await using var store = await SqliteTocsinStore.OpenAsync(path, TimeProvider.System, CancellationToken.None);
        var collection = (await store.AddCollectionAsync("bench", null, null, CancellationToken.None)).Value;
        for (var start = 0; start < _raw.Count; start += BatchSize)
        {
            var batch = new List<StixObject>(BatchSize);
            for (var i = start; i < Math.Min(start + BatchSize, _raw.Count); i++)
            {
                // Parsed here, as an import does: a cached content hash must not flatter the store.
                batch.Add(StixObject.FromTrusted(_raw[i]));
            }

            await store.AddObjectsAsync(collection.Id, batch, CancellationToken.None);
        }
    }
}
