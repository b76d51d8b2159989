using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Server;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Benchmarks.Taxii;

/// <summary>TAXII load on loopback against real Kestrel servers over a fresh store: POST in bundles of 100 and
/// of 1,000, GET everything paginated (limit=1000), 10,000 match[id] look-ups, 50 concurrent readers. Prints one
/// Markdown table row per phase. On SQLite by default; <c>--postgres</c> puts the store on a PostgreSQL database
/// (a throwaway cluster with default durability unless a connection string follows), and <c>--nodes 2</c> starts
/// two server nodes on it, each request going to the next node in turn (paging follows a cursor across nodes).</summary>
/// <remarks><c>dotnet run -c Release --project bench/Tocsin.Benchmarks -- taxii-load [--objects N] [--readers N]
/// [--lookups N] [--posters N] [--postgres [CONN]] [--nodes N] [--rounds N] [--breakdown]</c>.</remarks>
public static class TaxiiLoadDriver
{
    private const string Accept = "application/taxii+json;version=2.1";
    internal const int Block = 100_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var objects = Option(args, "--objects", 100_000);
        var readers = Option(args, "--readers", 50);
        var lookups = Option(args, "--lookups", 10_000);
        var posters = Option(args, "--posters", 2);
        var nodes = Option(args, "--nodes", 1);
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-bench", Guid.NewGuid().ToString("N"));
        var template = RealisticStix.Objects(Math.Min(objects, Block));
        await using var postgres = new PostgresServer { Durable = true };
        var database = await DatabaseAsync(args, postgres);
        if (nodes > 1 && database is null)
        {
            throw new ArgumentException("--nodes above 1 needs --postgres: nodes share one database.");
        }

        var apps = new List<WebApplication>();
        for (var node = 0; node < nodes; node++)
        {
            // One account stands for all the readers here, while the server allows each credential 32 requests at
            // once (Tocsin:Limits, answered 429 beyond): raise it to the readers and posters the driver runs.
            var app = await TocsinServer.BuildAsync(["--Logging:LogLevel:Default=Warning",
                    $"--{Tocsin.Server.Operations.LimitSettings.Section}:ConcurrentRequestsPerCredential={Math.Max(32, readers + posters)}"],
                new ServerSettings { Port = 0, DataDirectory = directory, Database = database }, CancellationToken.None);
            await app.StartAsync();
            apps.Add(app);
        }

        try
        {
            var store = apps[0].Services.GetRequiredService<ITocsinStore>();
            var analyst = await AnalystAsync(store);
            var small = await CollectionAsync(store, analyst, "bench-100");
            var large = await CollectionAsync(store, analyst, "bench-1000");
            var client = new NodeClients([.. apps.Select(a => Client(a.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(), readers + posters))]);

            // Warm-up (JIT, tiered compilation, connection pool) on a collection of its own, not reported.
            var warm = await CollectionAsync(store, analyst, "bench-warm-up");
            await PostAsync(client, warm, template, Math.Min(objects, 5_000), 100, posters, 3);
            var warmIds = new List<string>();
            await GetAllAsync(client, warm, warmIds, Math.Min(objects, 5_000));
            await LookupsAsync(client, warm, warmIds, 1_000);

            Console.WriteLine($"TAXII load: {objects:N0} objects per collection, {(database is null ? "SQLite" : "PostgreSQL")}, {nodes} node(s), {Environment.ProcessorCount} cores, {RuntimeInfo()}");
            Console.WriteLine("| phase | objects | requests | seconds | objects/s | p50 ms | p99 ms | GC heap MB | working set MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(await PostAsync(client, small, template, objects, 100, posters, 1));
            Console.WriteLine(await PostAsync(client, large, template, objects, 1000, posters, 2));
            // The reads are timed on a quiet store: the server's upkeep first indexes for search what the POSTs queued
            // (migration 0032), which otherwise runs on the same two cores during the first read phases.
            var indexing = System.Diagnostics.Stopwatch.StartNew();
            while (await store.Search.QueuedAsync(CancellationToken.None) > 0)
            {
                await Task.Delay(10);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| (search index caught up, {indexing.Elapsed.TotalSeconds:F1} s after the last POST) | | | | | | | | |"));
            if (args.Contains("--breakdown"))
            {
                await TaxiiReadBreakdown.PrintAsync(store, analyst, large);
            }

            // --rounds N reads the whole collection N times more first, each round reported: one round lasts a second.
            for (var round = 0; round < Option(args, "--rounds", 0); round++)
            {
                Console.WriteLine(await GetAllAsync(client, large, new List<string>(objects), objects));
            }

            var ids = new List<string>(objects);
            Console.WriteLine(await GetAllAsync(client, large, ids, objects));
            Console.WriteLine(await LookupsAsync(client, large, ids, lookups));
            Console.WriteLine(await ConcurrentReadersAsync(client, large, readers));
            return 0;
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<string> PostAsync(NodeClients client, Collection collection, IReadOnlyList<byte[]> template, int total, int bundle, int posters, int phase)
    {
        var recorder = new LatencyRecorder($"POST bundles of {bundle:N0}");
        var url = new Uri($"/taxii2/tocsin/collections/{collection.Id:D}/objects/", UriKind.Relative);
        var next = -1;
        recorder.Start();
        await Task.WhenAll(Enumerable.Range(0, posters).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var start = Interlocked.Increment(ref next) * bundle;
                if (start >= total)
                {
                    return;
                }

                var count = Math.Min(bundle, total - start);
                var body = Envelope(template, start, count, phase);
                await recorder.TimeAsync(async () =>
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = MediaTypeHeaderValue.Parse(Accept);
                    using var response = await client.Next.PostAsync(url, content);
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
        return recorder.Report();
    }

    private static async Task<string> GetAllAsync(NodeClients client, Collection collection, List<string> ids, int objects)
    {
        var recorder = new LatencyRecorder("GET all, limit=1000, next");
        var first = $"/taxii2/tocsin/collections/{collection.Id:D}/objects/?limit=1000";
        var url = first;
        var reader = new PageReader();
        recorder.Start();
        while (true)
        {
            // Only the cursor is read while timing (the envelope puts it before the objects).
            await recorder.TimeAsync(() => reader.ReadAsync(client.Next, new Uri(url, UriKind.Relative)), 0);
            if (reader.Next() is not { } next)
            {
                break;
            }

            url = first + "&next=" + Uri.EscapeDataString(next);
        }

        recorder.Stop();

        // The same pages again, untimed, for the ids the look-ups ask for; the count checks that paging served each once.
        url = first;
        while (true)
        {
            using var document = JsonDocument.Parse(await client.Next.GetByteArrayAsync(new Uri(url, UriKind.Relative)));
            if (document.RootElement.TryGetProperty("objects", out var items))
            {
                ids.AddRange(items.EnumerateArray().Select(item => item.GetProperty("id").GetString()!));
            }

            if (!document.RootElement.TryGetProperty("next", out var next))
            {
                break;
            }

            url = first + "&next=" + Uri.EscapeDataString(next.GetString()!);
        }

        if (ids.Count != objects || ids.Distinct(StringComparer.Ordinal).Count() != objects)
        {
            throw new InvalidOperationException($"Paging served {ids.Count:N0} objects, not each of the {objects:N0} once.");
        }

        recorder.AddObjects(ids.Count);
        return recorder.Report();
    }

    private static async Task<string> LookupsAsync(NodeClients client, Collection collection, List<string> ids, int lookups)
    {
        var recorder = new LatencyRecorder("match[id] look-ups");
        var random = new Random(42);
        var reader = new PageReader();
        recorder.Start();
        for (var i = 0; i < lookups; i++)
        {
            var id = ids[random.Next(ids.Count)];
            var length = await recorder.TimeAsync(() => reader.ReadAsync(client.Next,
                new Uri($"/taxii2/tocsin/collections/{collection.Id:D}/objects/?match[id]={id}", UriKind.Relative)), 1);
            if (length < 100)
            {
                throw new InvalidOperationException($"Look-up of {id} found nothing.");
            }
        }

        recorder.Stop();
        return recorder.Report();
    }

    private static async Task<string> ConcurrentReadersAsync(NodeClients client, Collection collection, int readers)
    {
        var recorder = new LatencyRecorder($"{readers} concurrent readers, 10 pages each");
        recorder.Start();
        await Task.WhenAll(Enumerable.Range(0, readers).Select(reader => Task.Run(async () =>
        {
            var first = $"/taxii2/tocsin/collections/{collection.Id:D}/objects/?limit=1000";
            var url = first;
            var pages = new PageReader();
            for (var page = 0; page < 10; page++)
            {
                await recorder.TimeAsync(() => pages.ReadAsync(client.Next, new Uri(url, UriKind.Relative)), 1000);
                var next = pages.Next();
                if (next is null)
                {
                    return;
                }

                url = first + "&next=" + Uri.EscapeDataString(next);
            }
        })));
        recorder.Stop();
        return recorder.Report();
    }

    /// <summary>An envelope of objects [start, start+count): the template's objects with their ids made
    /// unique per phase and per block of 100,000 (the template's UUIDs share the group <c>-1234-4abc-</c>).</summary>
    internal static byte[] Envelope(IReadOnlyList<byte[]> template, int start, int count, int phase)
    {
        using var stream = new MemoryStream(count * 800);
        stream.Write("{\"objects\":["u8);
        for (var i = start; i < start + count; i++)
        {
            if (i > start)
            {
                stream.WriteByte((byte)',');
            }

            var tag = ((phase * 16) + (i / Block)).ToString("x4", CultureInfo.InvariantCulture);
            var text = Encoding.UTF8.GetString(template[i % template.Count]).Replace("-1234-4abc-", $"-{tag}-4abc-", StringComparison.Ordinal);
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        stream.Write("]}"u8);
        return stream.ToArray();
    }

    /// <summary>The database setting for <c>--postgres [CONN]</c>: the given one, or a fresh database on a throwaway
    /// durable cluster; null (SQLite) without the option.</summary>
    internal static async Task<string?> DatabaseAsync(string[] args, PostgresServer server)
    {
        var index = Array.IndexOf(args, "--postgres");
        if (index < 0)
        {
            return null;
        }

        if (index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal))
        {
            return "postgres:" + args[index + 1];
        }

        await server.InitializeAsync();
        server.EnsureAvailable();
        return "postgres:" + await server.CreateDatabaseAsync();
    }

    /// <summary>The principal the drivers sign in as: an analyst, who writes through the collections it is granted.
    /// Not an administrator: administrators must send a second factor with every Basic request. Found when a database
    /// given with <c>--postgres CONN</c> holds it already (the JIT's warm-up signs in on the same database).</summary>
    internal static async Task<Guid> AnalystAsync(ITocsinStore store) =>
        (await store.FindPrincipalAsync("bench", CancellationToken.None))?.Id
        ?? (await store.AddPrincipalAsync("bench", PrincipalKind.User, [Role.Analyst], PasswordHasher.Hash("bench", iterations: 1000), CancellationToken.None)).Value.Id;

    /// <summary>A new collection the analyst may read and write.</summary>
    internal static async Task<Collection> CollectionAsync(ITocsinStore store, Guid analyst, string alias)
    {
        var collection = (await store.AddCollectionAsync(alias, null, null, CancellationToken.None)).Value;
        (await store.GrantAsync(collection.Id, analyst, CollectionRights.Read | CollectionRights.Write, CancellationToken.None)).Value.ToString();
        return collection;
    }

    internal static HttpClient Client(string address, int connections, string credentials = "bench:bench")
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var client = new HttpClient(handler) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        client.DefaultRequestHeaders.Accept.ParseAdd(Accept);
        return client;
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    internal static string RuntimeInfo() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + ", " + System.Runtime.InteropServices.RuntimeInformation.OSDescription;
}
