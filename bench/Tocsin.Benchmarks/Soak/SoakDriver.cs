using System.Globalization;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Core.Webhooks;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Benchmarks.Soak;

/// <summary>A soak: the real <c>tocsin serve</c> (this build's <c>tocsin.dll</c>, a child process) under mixed load
/// (<see cref="SoakLoad"/>) for a given time, with webhook deliveries to three subscribers on a receiver that fails one
/// request in ten. Every 10 s it samples the server's managed heap, private memory, handles and threads; at the end it
/// stops the load, waits for every delivery to settle, and checks that each approved decision's message was delivered
/// (2xx) to every subscriber. Prints the samples as a Markdown table, the errors, and the verdict of
/// <see cref="SoakVerdict"/>. Exit code 0 only when flat and without error.</summary>
/// <remarks><c>dotnet run -c Release --project bench/Tocsin.Benchmarks -- soak [--minutes 30] [--sample-seconds 10]
/// [--postgres [CONN]]</c>.</remarks>
public static class SoakDriver
{
    private const string Password = "soak-password";
    private const int Subscribers = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var minutes = double.Parse(Option(args, "--minutes") ?? "30", CultureInfo.InvariantCulture);
        var every = TimeSpan.FromSeconds(double.Parse(Option(args, "--sample-seconds") ?? "10", CultureInfo.InvariantCulture));
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-soak", Guid.NewGuid().ToString("N"));
        await using var postgres = new PostgresServer { Durable = true };
        var database = await DatabaseAsync(args, postgres);
        var collection = await SeedAsync(database, directory);
        var port = TocsinProcess.FreePort();
        var server = new Uri($"http://127.0.0.1:{port}/");
        await using var receiver = new FlakyWebhookReceiver(failureRatio: 0.1, seed: 10);
        await using var process = TocsinProcess.Start("tocsin serve",
            ["serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--data", directory, .. database is null ? Array.Empty<string>() : ["--database", database]],
            Environment());
        try
        {
            await process.WaitHealthyAsync(server, TimeSpan.FromMinutes(2));
            var load = new SoakLoad(server, collection, Password);
            var secrets = await SubscribeAsync(load, receiver);
            var acknowledgements = new AcknowledgementCounter();
            receiver.OnDelivered = request => acknowledgements.AcknowledgeAsync(load, secrets, request);

            Console.WriteLine($"Soak: {minutes} min, {(database is null ? "SQLite" : "PostgreSQL")}, server pid {process.Id}, {System.Environment.ProcessorCount} cores, "
                + $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load average at start {LoadAverage()}");
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
            var running = load.RunAsync(stop.Token);
            var samples = await SampleAsync(process, server, load, every, stop.Token);
            await running;
            Console.WriteLine($"load average at end {LoadAverage()}");

            var undelivered = await UndeliveredAsync(load, receiver, secrets.Count);
            Console.WriteLine("| minute | managed heap MB | private MB | resident MB | handles | threads | requests in period |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            samples.ForEach(s => Console.WriteLine(s.Row()));
            Console.WriteLine($"requests: {load.Requests}, decisions approved: {load.Approved.Count}, webhook requests: {receiver.Received.Count} "
                + $"({receiver.Received.Count(r => r.Status != 200)} answered 500), acknowledgements: {acknowledgements.Sent} ({acknowledgements.Failed} failed)");
            foreach (var (kind, count) in load.Errors.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"error: {kind} ×{count}");
            }

            undelivered.ForEach(u => Console.WriteLine("undelivered: " + u));
            SoakVerdict.Judge(samples, out var flat).ToList().ForEach(Console.WriteLine);
            var clean = load.Errors.Count == 0 && undelivered.Count == 0 && acknowledgements.Failed == 0;
            Console.WriteLine($"verdict: {(flat ? "flat" : "NOT FLAT")}, {(clean ? "no error" : "ERRORS")}");
            return flat && clean ? 0 : 1;
        }
        catch
        {
            Console.Error.WriteLine(process.Output);
            throw;
        }
        finally
        {
            await process.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<List<ProcessSample>> SampleAsync(TocsinProcess process, Uri server, SoakLoad load, TimeSpan every, CancellationToken stop)
    {
        using var metrics = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var samples = new List<ProcessSample>();
        var started = TimeProvider.System.GetTimestamp();
        var before = 0L;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var requests = load.Requests;
            var sample = await ProcessSample.TakeAsync(TimeProvider.System.GetElapsedTime(started), process.Id, metrics, requests - before);
            before = requests;
            samples.Add(sample);
            Console.Error.WriteLine(sample.Row());
        }

        return samples;
    }

    /// <summary>Adds the subscribers (each with its own path on the receiver); returns their secrets by path.</summary>
    private static async Task<Dictionary<string, (Guid Id, string Secret)>> SubscribeAsync(SoakLoad load, FlakyWebhookReceiver receiver)
    {
        using var admin = load.Client("soak-admin");
        var secrets = new Dictionary<string, (Guid, string)>(StringComparer.Ordinal);
        for (var i = 0; i < Subscribers; i++)
        {
            var url = new Uri(receiver.Url, $"s{i}");
            using var response = await admin.PostAsync(new Uri("api/v1/subscribers", UriKind.Relative), new StringContent(
                JsonSerializer.Serialize(new { name = $"soak-{i}", url, territories = Array.Empty<string>(), exercises = false }), Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Adding a subscriber failed: {(int)response.StatusCode} {body}");
            }

            var root = JsonDocument.Parse(body).RootElement;
            secrets[url.AbsolutePath] = (root.GetProperty("id").GetGuid(), root.GetProperty("secret").GetString()!);
        }

        return secrets;
    }

    /// <summary>Waits (2 minutes at most) for every approved decision's message to be delivered to every subscriber;
    /// returns what was not, from the server's delivery states and from what the receiver answered 200.</summary>
    private static async Task<List<string>> UndeliveredAsync(SoakLoad load, FlakyWebhookReceiver receiver, int subscribers)
    {
        using var approver = load.Client("soak-approver");
        var missing = new List<string>();
        for (var wait = 0; wait < 120; wait++)
        {
            missing.Clear();
            foreach (var decision in load.Approved)
            {
                var text = await approver.GetStringAsync(new Uri($"api/v1/decisions/{decision:D}/deliveries", UriKind.Relative));
                foreach (var message in JsonDocument.Parse(text).RootElement.EnumerateArray())
                {
                    var identifier = message.GetProperty("identifier").GetString()!;
                    var states = message.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("state").GetString()).ToList();
                    var received = receiver.Received.Where(r => r.Identifier == identifier && r.Status == 200).Select(r => r.Path).Distinct(StringComparer.Ordinal).Count();
                    if (states.Count != subscribers || states.Any(s => s != "delivered") || received != subscribers)
                    {
                        missing.Add($"{identifier}: states [{string.Join(", ", states)}], received by {received} of {subscribers}");
                    }
                }
            }

            if (missing.Count == 0)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        return missing;
    }

    /// <summary>Creates the store, the users and the soak's collection before the server starts; returns the
    /// collection's id.</summary>
    private static async Task<string> SeedAsync(string? database, string directory)
    {
        Directory.CreateDirectory(directory);
        var opened = await StoreOpener.OpenAsync(database, directory, TimeProvider.System, CancellationToken.None);
        await using var store = opened.IsSuccess ? opened.Value : throw new InvalidOperationException(opened.Error.Message);
        foreach (var (name, role) in new[] { ("soak-analyst", Role.Analyst), ("soak-approver", Role.Approver), ("soak-admin", Role.Admin) })
        {
            (await store.AddPrincipalAsync(name, PrincipalKind.User, [role], PasswordHasher.Hash(Password, iterations: 1000), CancellationToken.None)).Value.ToString();
        }

        var collection = (await store.AddCollectionAsync("soak", "Soak", null, CancellationToken.None)).Value;
        var analyst = await store.FindPrincipalAsync("soak-analyst", CancellationToken.None);
        (await store.GrantAsync(collection.Id, analyst!.Id, CollectionRights.Read | CollectionRights.Write, CancellationToken.None)).Value.ToString();
        return collection.Id.ToString("D");
    }

    private static Dictionary<string, string> Environment() => new(StringComparer.Ordinal)
    {
        [SecondFactorRelaxed.EnvironmentVariable] = SecondFactorRelaxed.Value,
        ["Tocsin__Webhooks__AllowList__0"] = "127.0.0.1",
        ["Tocsin__Webhooks__BaseDelay"] = "00:00:01",
        ["Tocsin__Webhooks__MaxDelay"] = "00:00:10",
        ["Tocsin__Telemetry__Prometheus__Enabled"] = "true",
        ["Logging__LogLevel__Default"] = "Warning",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    private static async Task<string?> DatabaseAsync(string[] args, PostgresServer server)
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

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";

    /// <summary>Acknowledges each delivered message as its subscriber, signed with its secret (docs/webhooks.md).</summary>
    private sealed class AcknowledgementCounter
    {
        private int _sent;
        private int _failed;

        public int Sent => _sent;

        public int Failed => _failed;

        public async Task AcknowledgeAsync(SoakLoad load, Dictionary<string, (Guid Id, string Secret)> secrets, WebhookRequest request)
        {
            var (subscriber, secret) = secrets[request.Path];
            var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { subscriber, identifier = request.Identifier }));
            var id = "ack-" + Guid.NewGuid().ToString("N");
            var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
            using var client = load.Client(null);
            using var message = new HttpRequestMessage(HttpMethod.Post, "api/v1/acknowledgements") { Content = new ByteArrayContent(body) };
            message.Content.Headers.ContentType = new("application/json");
            message.Headers.Add("webhook-id", id);
            message.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
            message.Headers.Add("webhook-signature", WebhookSignature.Sign(WebhookSecret.KeyOf(secret)!, id, timestamp, body));
            try
            {
                using var response = await client.SendAsync(message);
                Interlocked.Increment(ref response.IsSuccessStatusCode ? ref _sent : ref _failed);
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref _failed);
            }
        }
    }
}
