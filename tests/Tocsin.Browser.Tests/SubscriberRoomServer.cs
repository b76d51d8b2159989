using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tocsin.Cli.Demo;
using Tocsin.Core.Cap;
using Tocsin.Server;
using Tocsin.Storage;
using Tocsin.Storage.Publications;

namespace Tocsin.Browser.Tests;

/// <summary>The demo server whose webhooks give up after one failed attempt and may reach a subscriber on this machine,
/// with that subscriber: a real Kestrel receiver on 127.0.0.1 that answers 503 to the first request of each path and 204
/// after. So one message makes one dead letter at once, and retrying it delivers it.</summary>
public sealed class SubscriberRoomServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private WebApplication? _receiver;

    /// <summary>Where the server listens.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The <c>webhook-id</c> of every request the receiver got, by path name, in order.</summary>
    public ConcurrentQueue<(string Name, string WebhookId)> Received { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var receiver = WebApplication.CreateSlimBuilder();
        receiver.WebHost.UseUrls("http://127.0.0.1:0");
        receiver.Logging.ClearProviders();
        _receiver = receiver.Build();
        _receiver.MapPost("/hook/{name}", (string name, HttpRequest request) =>
        {
            Received.Enqueue((name, request.Headers["webhook-id"].ToString()));
            return Results.StatusCode(_seen.AddOrUpdate(name, 1, (_, n) => n + 1) == 1 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status204NoContent);
        });
        await _receiver.StartAsync();

        Directory.CreateDirectory(_dataDirectory);
        string[] args = [.. Tocsin.Testing.SecondFactorRelaxed.Args, "--Tocsin:Webhooks:AllowList:0=127.0.0.1", "--Tocsin:Webhooks:MaxAttempts=1",
            "--Tocsin:Webhooks:DispatchInterval=00:00:00.100"];
        _app = await TocsinServer.BuildAsync(args, new ServerSettings { Port = 0, DataDirectory = _dataDirectory }, CancellationToken.None);
        Assert.StartsWith("demo: loaded", await DemoLoader.LoadIntoEmptyAsync(_app.Services.GetRequiredService<ITocsinStore>(), null, CancellationToken.None),
            StringComparison.Ordinal);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>Adds a subscriber through the API, as the demo administrator, on a fresh receiver path; returns its id.</summary>
    public async Task<(Guid Id, string Name)> AddSubscriberAsync(string name)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + DemoServer.PasswordOf("admin"))));
        var url = ReceiverUrl(name);
        var response = await client.PostAsJsonAsync("/api/v1/subscribers", new { name, url, territories = new[] { "FRA" } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return (JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid(), name);
    }

    /// <summary>The receiver's URL for path <paramref name="name"/>.</summary>
    public string ReceiverUrl(string name) => $"{_receiver!.Urls.First()}/hook/{name}";

    /// <summary>Stores a CAP message as approving a decision does; the fan-out sends it to every matching subscriber.</summary>
    public async Task<string> PublishAsync(string headline)
    {
        var identifier = "tocsin-" + Guid.NewGuid().ToString("N")[..12];
        var store = _app!.Services.GetRequiredService<ITocsinStore>();
        var published = await store.Publications.AddAsync(new Publication(
            0, identifier, null, new DateTimeOffset(2024, 3, 24, 19, 30, 0, TimeSpan.Zero), CapStatus.Actual, CapMsgType.Alert, CapScope.Public,
            "vigipirate", "urgence-attentat", ["FRA"], headline,
            Encoding.UTF8.GetBytes($"<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>{identifier}</identifier></alert>")), CancellationToken.None);
        Assert.True(published.IsSuccess);
        return identifier;
    }

    /// <summary>Waits until the receiver got <paramref name="count"/> requests on <paramref name="name"/> (60 s at most).</summary>
    public async Task ReceivedAsync(string name, int count)
    {
        for (var i = 0; i < 600 && Received.Count(r => r.Name == name) < count; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(count, Received.Count(r => r.Name == name));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in new[] { _app, _receiver })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
