using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tocsin.Core.Stix;
using Tocsin.Server;
using Tocsin.Storage;
using Tocsin.Storage.Postgres;
using Tocsin.Storage.Sqlite;
using Tocsin.Testing;

namespace Tocsin.Benchmarks.Search;

/// <summary>Search across the picture on both engines (docs/search.md): the write path that TAXII POST calls
/// (<see cref="ITocsinStore.AddObjectsAsync"/>, batches of 100 objects, as a TAXII envelope of 100) into a fresh
/// store with the search index and into one whose index trigger was dropped, then the latency of the searches of
/// <see cref="SearchMix"/> on the indexed store, as a fully cleared reader and as a restricted one
/// (<see cref="SearchLatency"/>). Prints Markdown table rows and the load average before and after.</summary>
/// <remarks><c>dotnet run -c Release --project bench/Tocsin.Benchmarks -- search-load [--objects N] [--runs N]
/// [--engine sqlite|postgresql]</c> (both engines unless one is named). PostgreSQL is a throwaway cluster with default
/// durability (fsync on), a fresh database per store.</remarks>
public static class SearchLoadDriver
{
    private const int Batch = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var objects = Option(args, "--objects", 100_000);
        var runs = Option(args, "--runs", 200);
        var only = Array.IndexOf(args, "--engine") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        await using var server = new PostgresServer { Durable = true };
        await server.InitializeAsync();
        server.EnsureAvailable();

        try
        {
            var parsed = SearchCorpus.Objects(objects, new ServerSettings().OrganizationIdentityId);
            Console.WriteLine($"Search: {objects:N0} objects, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}");
            var databases = new List<string>();
            // Before searching, PostgreSQL's statistics are brought up to date as autovacuum does within a minute of a
            // bulk load (without them, the planner takes a common word for a rare one); SQLite keeps none to update.
            var engines = new (string Name, Func<Task<(ITocsinStore Store, Func<Task> Drop)>> Open, Func<Task> Settle)[]
            {
                ("SQLite", () => OpenSqliteAsync(Path.Combine(directory, Guid.NewGuid().ToString("N") + ".db")), () => Task.CompletedTask),
                ("PostgreSQL", async () => await OpenPostgresAsync(await Remember(databases, server.CreateDatabaseAsync())),
                    () => AnalyzeAsync(databases[^1])),
            };
            if (only is not null && !engines.Any(e => string.Equals(e.Name, only, StringComparison.OrdinalIgnoreCase)))
            {
                Console.Error.WriteLine($"--engine must be sqlite or postgresql, not '{only}'.");
                return 2;
            }

            Console.WriteLine("| engine | write path (batches of 100) | objects | seconds | objects/s | ratio with/without |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|");
            var latencies = new List<string>();
            foreach (var (name, open, settle) in engines.Where(e => only is null || string.Equals(e.Name, only, StringComparison.OrdinalIgnoreCase)))
            {
                // Warm-up (JIT, pools), not reported; then without the index first, so that a warmer process favours the indexed run.
                await WriteAsync(open, parsed.Take(5_000).ToList(), drop: true, keep: false);
                var (without, _) = await WriteAsync(open, parsed, drop: true, keep: false);
                var (with, kept) = await WriteAsync(open, parsed, drop: false, keep: true);
                var store = kept!;
                Console.WriteLine(Row(name, "without the search index", parsed.Count, without) + " |");
                Console.WriteLine(Row(name, "with the search index", parsed.Count, with) + string.Create(CultureInfo.InvariantCulture, $" {without / with:F2} |"));
                await using (store)
                {
                    await settle();
                    latencies.AddRange(await SearchLatency.MeasureAsync(name, store, objects, runs));
                }
            }

            Console.WriteLine();
            Console.WriteLine("| engine | search | reader | hits (page of 25) | runs | p50 ms | p95 ms | p99 ms |");
            Console.WriteLine("|---|---|---|---:|---:|---:|---:|---:|");
            latencies.ForEach(Console.WriteLine);
            Console.WriteLine($"load average {LoadAverage()}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<(double Seconds, ITocsinStore? Store)> WriteAsync(Func<Task<(ITocsinStore Store, Func<Task> Drop)>> open, List<StixObject> objects, bool drop, bool keep)
    {
        var (store, dropIndex) = await open();
        if (drop)
        {
            await dropIndex();
        }

        var collection = (await store.AddCollectionAsync("picture", null, null, CancellationToken.None)).Value;
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < objects.Count; start += Batch)
        {
            var result = await store.AddObjectsAsync(collection.Id, objects.GetRange(start, Math.Min(Batch, objects.Count - start)), CancellationToken.None);
            if (result.Outcomes.Any(o => !o.Succeeded))
            {
                throw new InvalidOperationException("A batch was refused: " + result.Outcomes.First(o => !o.Succeeded));
            }
        }

        watch.Stop();
        if (keep)
        {
            return (watch.Elapsed.TotalSeconds, store);
        }

        await store.DisposeAsync();
        return (watch.Elapsed.TotalSeconds, null);
    }

    private static async Task<(ITocsinStore, Func<Task>)> OpenSqliteAsync(string path)
    {
        var store = await SqliteTocsinStore.OpenAsync(path, TimeProvider.System, CancellationToken.None);
        return (store, async () =>
        {
            await using var connection = new SqliteConnection($"Data Source={path}");
            await connection.OpenAsync();
            await using var command = new SqliteCommand("DROP TRIGGER objects_search_index", connection);
            await command.ExecuteNonQueryAsync();
        }
        );
    }

    private static async Task<(ITocsinStore, Func<Task>)> OpenPostgresAsync(string connectionString)
    {
        var store = await PostgresTocsinStore.OpenAsync(connectionString, TimeProvider.System, CancellationToken.None);
        return (store, async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("DROP TRIGGER objects_search_index ON objects", connection);
            await command.ExecuteNonQueryAsync();
        }
        );
    }

    private static async Task<string> Remember(List<string> databases, Task<string> created)
    {
        databases.Add(await created);
        return databases[^1];
    }

    private static async Task AnalyzeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static string Row(string engine, string path, int objects, double seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"| {engine} | {path} | {objects:N0} | {seconds:F1} | {objects / seconds:N0} |");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
