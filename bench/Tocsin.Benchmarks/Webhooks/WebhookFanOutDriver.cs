using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Tocsin.Core.Cap;
using Tocsin.Core.Webhooks;
using Tocsin.Server;
using Tocsin.Server.Webhooks;
using Tocsin.Storage;
using Tocsin.Storage.Publications;

namespace Tocsin.Benchmarks.Webhooks;

/// <summary><c>webhook-fanout</c>: one publication to 10,000 subscribers served by one local receiver on
/// loopback that fails 10% of first attempts with 503. Target: all delivered within 10 s.</summary>
public static class WebhookFanOutDriver
{
    private const int Subscribers = 10_000;

    public static async Task RunAsync()
    {
        var data = Path.Combine(Path.GetTempPath(), "tocsin-bench", Guid.NewGuid().ToString("N"));
        var firstAttempts = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        long delivered = 0, failed = 0, requests = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var receiver = builder.Build();
        receiver.MapPost("/hook", (HttpRequest request) =>
        {
            Interlocked.Increment(ref requests);
            var id = request.Headers["webhook-id"].ToString();
            if (firstAttempts.TryAdd(id, 0) && (id.GetHashCode(StringComparison.Ordinal) & 0x7fffffff) % 10 == 0)
            {
                Interlocked.Increment(ref failed);
                return Results.StatusCode(503);
            }

            Interlocked.Increment(ref delivered);
            return Results.NoContent();
        });
        await receiver.StartAsync();
        var target = receiver.Urls.First() + "/hook";

        await SeedSubscribersAsync(data, target);
        var app = await TocsinServer.BuildAsync(["--Tocsin:Webhooks:AllowList:0=127.0.0.1", "--Logging:LogLevel:Default=Warning"],
            new ServerSettings { Port = 0, DataDirectory = data }, CancellationToken.None);
        await app.StartAsync();

        var clock = Stopwatch.StartNew();
        await using (var store = (await StoreOpener.OpenAsync(null, data, TimeProvider.System, CancellationToken.None)).Value)
        {
            await store.Publications.AddAsync(new Publication(0, "tocsin-bench-1", null, TimeProvider.System.GetUtcNow(), CapStatus.Actual, CapMsgType.Alert,
                CapScope.Public, "vigipirate", "urgence-attentat", ["FRA"], "Urgence attentat", Encoding.UTF8.GetBytes(new string('x', 2048))), CancellationToken.None);
        }

        var firstDone = TimeSpan.Zero;
        while (Interlocked.Read(ref delivered) < Subscribers && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (firstDone == TimeSpan.Zero && Interlocked.Read(ref requests) >= Subscribers)
            {
                firstDone = clock.Elapsed;
            }

            await Task.Delay(10);
        }

        var total = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"webhook-fanout: {Interlocked.Read(ref delivered)}/{Subscribers} delivered in {total.TotalSeconds:0.00} s " +
            $"(first attempts all sent after {firstDone.TotalSeconds:0.00} s; {failed} first attempts failed with 503 and were retried; {requests} requests; " +
            $"{Interlocked.Read(ref delivered) / total.TotalSeconds:0} deliveries/s); target: all within 10 s: {(total <= TimeSpan.FromSeconds(10) && delivered >= Subscribers ? "met" : "MISSED")}"));
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private static async Task SeedSubscribersAsync(string data, string target)
    {
        var box = WebhookSecretBox.OpenOrCreate(data);
        await using var store = (await StoreOpener.OpenAsync(null, data, TimeProvider.System, CancellationToken.None)).Value;
        for (var i = 0; i < Subscribers; i++)
        {
            var id = Guid.NewGuid();
            (await store.Webhooks.AddSubscriberAsync(new(id, string.Create(CultureInfo.InvariantCulture, $"sub-{i}"), string.Create(CultureInfo.InvariantCulture, $"{target}?n={i}"),
                [], false, box.Seal(id, WebhookSecret.Generate()), default, null), CancellationToken.None)).Value.ToString();
        }
    }
}
