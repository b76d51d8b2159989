using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Tocsin.Cli;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Benchmarks.Import;

/// <summary>Imports one generated bundle file with the real <c>tocsin import</c> (streaming read, validation,
/// canonical hashing, batches of 1,000) into PostgreSQL and into SQLite, against the floor of binary COPY of the
/// same rows (id, version, bytes) into a plain PostgreSQL table. Memory is sampled every 250 ms to show
/// whether it stays flat. Prints Markdown table rows.</summary>
/// <remarks><c>dotnet run -c Release --project bench/Tocsin.Benchmarks -- import-load [--objects N] [--postgres CONN]</c>.
/// Without <c>--postgres</c> it starts a throwaway PostgreSQL cluster with default durability (fsync on).</remarks>
public static class ImportLoadDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        var objects = IntOption(args, "--objects", 1_000_000);
        var configured = StringOption(args, "--postgres");
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        await using var server = new PostgresServer { Durable = true };
        if (configured is null)
        {
            await server.InitializeAsync();
            server.EnsureAvailable();
        }

        try
        {
            var file = Path.Combine(directory, "bundle.json");
            await using (var output = File.Create(file))
            {
                RealisticStix.WriteBundle(output, objects);
            }

            Console.WriteLine($"Import: {objects:N0} objects, {new FileInfo(file).Length / 1e6:N0} MB bundle, {Environment.ProcessorCount} cores, "
                + System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
            Console.WriteLine("| path | objects | seconds | objects/s | ratio to floor | peak GC heap MB | working set MB at 25/50/75/100 % |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
            var floorDatabase = configured ?? await server.CreateDatabaseAsync();
            var floor = await MeasureAsync("floor: binary COPY of (id, version, bytes), PostgreSQL", objects, () => CopyFloorAsync(floorDatabase, objects));
            Console.WriteLine(floor.Row(floor.Seconds));
            var postgres = configured ?? await server.CreateDatabaseAsync();
            var pg = await MeasureAsync("tocsin import → PostgreSQL", objects, () => ImportAsync(file, "postgres:" + postgres, directory));
            Console.WriteLine(pg.Row(floor.Seconds));
            var sqlite = await MeasureAsync("tocsin import → SQLite", objects, () => ImportAsync(file, "", Path.Combine(directory, "sqlite")));
            Console.WriteLine(sqlite.Row(floor.Seconds));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task ImportAsync(string file, string database, string dataDirectory)
    {
        Environment.SetEnvironmentVariable(CliStore.DatabaseVariable, database.Length == 0 ? null : database);
        await using (var store = await CliStore.OpenAsync(dataDirectory, TimeProvider.System, CancellationToken.None))
        {
            (await store.AddCollectionAsync("bench", null, null, CancellationToken.None)).Value.ToString();
        }

        var console = CliConsole.Captured(TextWriter.Null, TextWriter.Null);
        var code = await TocsinCli.RunAsync(["import", file, "--collection", "bench", "--data", dataDirectory], console, TimeProvider.System, CancellationToken.None);
        if (code != 0)
        {
            throw new InvalidOperationException($"tocsin import exited with {code}.");
        }

        await using var check = await CliStore.OpenAsync(dataDirectory, TimeProvider.System, CancellationToken.None);
        var collection = (await check.FindCollectionAsync("bench", CancellationToken.None))!;
        Console.Error.WriteLine($"  stored: {await check.CountObjectsAsync(collection.Id, CancellationToken.None):N0}");
    }

    private static async Task CopyFloorAsync(string connectionString, int objects)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TABLE floor (id text NOT NULL, version text NOT NULL, json bytea NOT NULL, PRIMARY KEY (id, version))", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        for (var start = 0; start < objects; start += 1000)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var copy = await connection.BeginBinaryImportAsync("COPY floor (id, version, json) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = start; i < Math.Min(start + 1000, objects); i++)
                {
                    var json = System.Text.Encoding.UTF8.GetBytes(RealisticStix.ObjectText(i));
                    var parsed = StixObject.FromTrusted(json);
                    await copy.StartRowAsync();
                    await copy.WriteAsync(parsed.Id, NpgsqlDbType.Text);
                    await copy.WriteAsync(parsed.VersionKey, NpgsqlDbType.Text);
                    await copy.WriteAsync(json, NpgsqlDbType.Bytea);
                }

                await copy.CompleteAsync();
            }

            await transaction.CommitAsync();
        }
    }

    private static async Task<Measurement> MeasureAsync(string path, int objects, Func<Task> run)
    {
        GC.Collect();
        var samples = new List<(double Seconds, long WorkingSet)>();
        long peakHeap = 0;
        var clock = Stopwatch.StartNew();
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                samples.Add((clock.Elapsed.TotalSeconds, Environment.WorkingSet));
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                await Task.Delay(250, CancellationToken.None);
            }
        });
        await run();
        var seconds = clock.Elapsed.TotalSeconds;
        await done.CancelAsync();
        await sampler;
        return new Measurement(path, objects, seconds, peakHeap, samples);
    }

    private sealed record Measurement(string Path, int Objects, double Seconds, long PeakHeap, List<(double Seconds, long WorkingSet)> Samples)
    {
        public string Row(double floorSeconds)
        {
            var quarters = new[] { 0.25, 0.5, 0.75, 1.0 }.Select(q =>
                Samples.LastOrDefault(s => s.Seconds <= (q * Seconds) + 0.01, Samples[^1]).WorkingSet / 1e6);
            return string.Create(CultureInfo.InvariantCulture,
                $"| {Path} | {Objects:N0} | {Seconds:F1} | {Objects / Seconds:N0} | {Seconds / floorSeconds:F2}× | {PeakHeap / 1e6:N0} | {string.Join(" / ", quarters.Select(w => w.ToString("N0", CultureInfo.InvariantCulture)))} |");
        }
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        StringOption(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? StringOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
