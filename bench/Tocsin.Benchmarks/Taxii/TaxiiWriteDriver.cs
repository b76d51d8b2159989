using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Server;
using Tocsin.Server.Taxii;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;
using Tocsin.Storage.Taxii;
using Tocsin.Testing;

namespace Tocsin.Benchmarks.Taxii;

/// <summary>The TAXII write path (issue #20): unique 100-object envelopes of the <see cref="RealisticStix"/> mix
/// POSTed over real HTTP to a real Kestrel server, first by one writer then by four concurrent writers, each on a
/// collection of its own; and, in the same run and on the same engine, the floor: plain inserts of (id, version,
/// bytes) into a bare table, one transaction per 100 rows. Then an in-process breakdown of one envelope's cost:
/// envelope split and per-object parse, validation, RFC 8785 canonical hash, and the store's write.</summary>
/// <remarks><c>dotnet run -c Release --project bench/Tocsin.Benchmarks -- taxii-write [--objects N]
/// [--postgres [CONN]]</c>. Durability is the shipped one: SQLite WAL with synchronous=NORMAL (the floor sets the
/// same), PostgreSQL with fsync and synchronous_commit on.</remarks>
public static class TaxiiWriteDriver
{
    private const int EnvelopeSize = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var objects = TaxiiLoadDriver.Option(args, "--objects", 20_000);
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-bench", Guid.NewGuid().ToString("N"));
        var template = RealisticStix.Objects(Math.Min(objects, TaxiiLoadDriver.Block));
        await using var postgres = new PostgresServer { Durable = true };
        var database = await TaxiiLoadDriver.DatabaseAsync(args, postgres);
        var warmRounds = await WarmUpAsync(database is null ? null : await TaxiiLoadDriver.DatabaseAsync(args, postgres), template);
        var app = await StartServerAsync(directory, database);
        try
        {
            var store = app.Services.GetRequiredService<ITocsinStore>();
            var analyst = await TaxiiLoadDriver.AnalystAsync(store);
            using var client = ClientOf(app);

            // The connection pools' warm-up; the JIT's was done on a server of its own, so the timed store is fresh.
            await PostAsync(client, await TaxiiLoadDriver.CollectionAsync(store, analyst, "bench-warm-up"), Envelopes(template, 1_000, 9), 4, "warm-up");

            var load = await LoadAverageAsync();
            Console.WriteLine($"TAXII write path: {objects:N0} objects per phase in envelopes of {EnvelopeSize}, {(database is null ? "SQLite" : "PostgreSQL")}, {Environment.ProcessorCount} cores, {TaxiiLoadDriver.RuntimeInfo()}; load average before: {load}; warm-up rounds until the JIT was quiet: {warmRounds}");
            Console.WriteLine("| phase | objects | requests | seconds | objects/s | p50 ms | p99 ms | GC heap MB | working set MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(await FloorAsync(database, directory, Envelopes(template, objects, 11), "floor: plain inserts of (id, version, bytes), 100 per transaction"));
            await store.Search.CatchUpAsync(int.MaxValue, CancellationToken.None);
            var sequential = await TaxiiLoadDriver.CollectionAsync(store, analyst, "bench-sequential");
            var (report, seconds) = await PostAsync(client, sequential, Envelopes(template, objects, 12), 1, "POST envelopes of 100, 1 writer");
            Console.WriteLine(report);
            Console.WriteLine(await IndexedAsync(store, seconds, objects, "the same, until the search index has caught up"));
            var concurrent = await TaxiiLoadDriver.CollectionAsync(store, analyst, "bench-concurrent");
            (report, seconds) = await PostAsync(client, concurrent, Envelopes(template, objects, 13), 4, "POST envelopes of 100, 4 writers");
            Console.WriteLine(report);
            Console.WriteLine(await IndexedAsync(store, seconds, objects, "the same, until the search index has caught up"));
            var contributed = await TaxiiLoadDriver.CollectionAsync(store, analyst, "bench-contributions");
            using var partner = await PartnerClientAsync(app, store, contributed);
            (report, seconds) = await PostAsync(partner, contributed, Envelopes(template, objects, 15), 1, "POST envelopes of 100 as a partner (its contributions), 1 writer");
            Console.WriteLine(report);
            Console.WriteLine(await IndexedAsync(store, seconds, objects, "the same, until the search index has caught up"));
            Console.WriteLine($"load average after: {await LoadAverageAsync()}");
            await TaxiiWriteBreakdown.BreakdownAsync(store, analyst, Envelopes(template, Math.Min(objects, 10_000), 14));
            await TaxiiWriteBreakdown.SearchIndexProbeAsync(database, directory);
            return 0;
        }
        finally
        {
            await StopServerAsync(app, directory);
        }
    }

    /// <summary>Waits for the server's upkeep to index what the phase queued for search (migration 0032), and reports the
    /// phase's throughput from its first request to that moment: the write path with every index the store keeps.</summary>
    private static async Task<string> IndexedAsync(ITocsinStore store, double phaseSeconds, int objects, string name)
    {
        var wait = Stopwatch.StartNew();
        while (await store.Search.QueuedAsync(CancellationToken.None) > 0)
        {
            await Task.Delay(10);
        }

        var seconds = phaseSeconds + wait.Elapsed.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {objects:N0} | — | {seconds:F1} | {objects / seconds:N0} | — | — | {GC.GetTotalMemory(false) / 1_048_576} | {Environment.WorkingSet / 1_048_576} |");
    }

    /// <summary>Warms the JIT on a server and store of their own (a fresh PostgreSQL database, or a fresh SQLite file)
    /// until it stops compiling; the timed phases then start on an empty store, as the sizes they report say.</summary>
    private static async Task<int> WarmUpAsync(string? database, IReadOnlyList<byte[]> template)
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-bench", Guid.NewGuid().ToString("N"));
        var app = await StartServerAsync(directory, database);
        try
        {
            var store = app.Services.GetRequiredService<ITocsinStore>();
            var analyst = await TaxiiLoadDriver.AnalystAsync(store);
            var warm = await TaxiiLoadDriver.CollectionAsync(store, analyst, "bench-jit-warm-up");
            var contributed = await TaxiiLoadDriver.CollectionAsync(store, analyst, "bench-jit-contributions");
            using var client = ClientOf(app);
            using var partner = await PartnerClientAsync(app, store, contributed);
            return await JitWarmUp.UntilQuietAsync(async round =>
            {
                await PostAsync(client, warm, Envelopes(template, 1_000, 100 + (4 * round)), 1, "warm-up");
                await PostAsync(client, warm, Envelopes(template, 2_000, 101 + (4 * round)), 4, "warm-up");
                await PostAsync(partner, contributed, Envelopes(template, 1_000, 102 + (4 * round)), 1, "warm-up");
                await FloorAsync(database, directory, Envelopes(template, 1_000, 103 + (4 * round)), "warm-up");
            });
        }
        finally
        {
            await StopServerAsync(app, directory);
        }
    }

    /// <summary>A real Kestrel server on a port of its own, with its data in <paramref name="directory"/> and on
    /// <paramref name="database"/> (SQLite there when null), logging warnings only.</summary>
    private static async Task<WebApplication> StartServerAsync(string directory, string? database)
    {
        var app = await TocsinServer.BuildAsync(["--Logging:LogLevel:Default=Warning"],
            new ServerSettings { Port = 0, DataDirectory = directory, Database = database }, CancellationToken.None);
        await app.StartAsync();
        return app;
    }

    /// <summary>A partner service granted <paramref name="collection"/> to write in, with a TLP:RED ceiling so that every
    /// object of the mix is within it, signed in with its API key: what it POSTs is its contribution (docs/sharing.md,
    /// "Partner contributions"), checked by the contribution rules and stored beside our picture.</summary>
    private static async Task<HttpClient> PartnerClientAsync(WebApplication app, ITocsinStore store, Collection collection)
    {
        var key = ApiKey.Generate();
        var name = "bench-partner-" + Guid.NewGuid().ToString("N")[..8];
        var profile = new PartnerProfile(Guid.Empty, name, "DEU", TlpLevel.Red, [], []);
        var created = await store.Sharing.ApplyPartnerChangeAsync(
            new PartnerChange(name) { Creates = true, Profile = profile, IssueKeys = [new PartnerKeyIssue(key, null)] }, CancellationToken.None);
        (await store.GrantAsync(collection.Id, created.Value.Profile.PrincipalId, CollectionRights.Read | CollectionRights.Write, CancellationToken.None)).Value.ToString();
        return TaxiiLoadDriver.Client(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(), 4, key.Plaintext + ":");
    }

    private static HttpClient ClientOf(WebApplication app) =>
        TaxiiLoadDriver.Client(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(), 4);

    private static async Task StopServerAsync(WebApplication app, string directory)
    {
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>Envelopes of 100 objects each, built before timing starts; <paramref name="phase"/> makes the ids
    /// unique to the phase.</summary>
    private static List<byte[]> Envelopes(IReadOnlyList<byte[]> template, int objects, int phase)
    {
        var list = new List<byte[]>((objects + EnvelopeSize - 1) / EnvelopeSize);
        for (var start = 0; start < objects; start += EnvelopeSize)
        {
            list.Add(TaxiiLoadDriver.Envelope(template, start, Math.Min(EnvelopeSize, objects - start), phase));
        }

        return list;
    }

    /// <summary>Posts the envelopes with <paramref name="writers"/> concurrent writers; returns the phase's report line
    /// and its seconds from the first request to the last response.</summary>
    private static async Task<(string Report, double Seconds)> PostAsync(HttpClient client, Collection collection, List<byte[]> envelopes, int writers, string name)
    {
        var recorder = new LatencyRecorder(name);
        var url = new Uri($"/taxii2/tocsin/collections/{collection.Id:D}/objects/", UriKind.Relative);
        var counts = envelopes.ConvertAll(CountOf);
        var next = -1;
        recorder.Start();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < envelopes.Count)
            {
                var body = envelopes[index];
                var count = counts[index];
                await recorder.TimeAsync(async () =>
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");
                    using var response = await client.PostAsync(url, content);
                    var text = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode != 202 || !text.Contains($"\"success_count\":{count},", StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"POST failed: {(int)response.StatusCode} {text[..Math.Min(text.Length, 500)]}");
                    }

                    return 0;
                }, count);
            }
        })));
        recorder.Stop();
        return (recorder.Report(), recorder.Elapsed.TotalSeconds);
    }

    /// <summary>The floor: the envelopes' (id, version, bytes) inserted into a bare table with a primary key, one
    /// transaction per envelope, on the engine under test with its shipped durability. Ids and versions are read
    /// before timing; nothing is validated or hashed.</summary>
    private static async Task<string> FloorAsync(string? database, string directory, List<byte[]> envelopes, string name)
    {
        var rows = envelopes.Select(e => TaxiiEnvelopeReader.Split(e).Value.Objects.Select(o => (o.Id, o.VersionKey, Json: o.Json.ToArray())).ToList()).ToList();
        var recorder = new LatencyRecorder(name);
        if (database is null)
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "floor-" + Guid.NewGuid().ToString("N") + ".db")};Pooling=False");
            await connection.OpenAsync();
            await using (var setup = connection.CreateCommand())
            {
                setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE floor (id TEXT NOT NULL, version TEXT NOT NULL, json BLOB NOT NULL, PRIMARY KEY (id, version));";
                await setup.ExecuteNonQueryAsync();
            }

            recorder.Start();
            foreach (var batch in rows)
            {
                await recorder.TimeAsync(() => SqliteFloorBatchAsync(connection, batch), batch.Count);
            }
        }
        else
        {
            await using var connection = new NpgsqlConnection(database["postgres:".Length..]);
            await connection.OpenAsync();
            var table = "floor_" + Guid.NewGuid().ToString("N");
            await using (var create = new NpgsqlCommand($"CREATE TABLE {table} (id text NOT NULL, version text NOT NULL, json bytea NOT NULL, PRIMARY KEY (id, version))", connection))
            {
                await create.ExecuteNonQueryAsync();
            }

            recorder.Start();
            foreach (var batch in rows)
            {
                await recorder.TimeAsync(() => PostgresFloorBatchAsync(connection, table, batch), batch.Count);
            }
        }

        recorder.Stop();
        return recorder.Report();
    }

    private static async Task<int> SqliteFloorBatchAsync(SqliteConnection connection, List<(string Id, string Version, byte[] Json)> batch)
    {
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO floor (id, version, json) VALUES ($id, $version, $json)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var version = insert.Parameters.Add("$version", SqliteType.Text);
        var json = insert.Parameters.Add("$json", SqliteType.Blob);
        foreach (var row in batch)
        {
            id.Value = row.Id;
            version.Value = row.Version;
            json.Value = row.Json;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return 0;
    }

    private static async Task<int> PostgresFloorBatchAsync(NpgsqlConnection connection, string table, List<(string Id, string Version, byte[] Json)> batch)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {table} (id, version, json) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in batch)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(row.Id, NpgsqlDbType.Text);
                await copy.WriteAsync(row.Version, NpgsqlDbType.Text);
                await copy.WriteAsync(row.Json, NpgsqlDbType.Bytea);
            }

            await copy.CompleteAsync();
        }

        await transaction.CommitAsync();
        return 0;
    }

    private static int CountOf(byte[] envelope) => TaxiiEnvelopeReader.Split(envelope).Value.Objects.Count;

    private static async Task<string> LoadAverageAsync() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ').Take(3)) : "unknown";
}
