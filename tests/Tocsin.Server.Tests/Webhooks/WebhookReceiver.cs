using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Tocsin.Server.Tests.Webhooks;

/// <summary>A subscriber's endpoint: real Kestrel on 127.0.0.1, port chosen by the system. Each path
/// <c>/hook/{name}</c> records what it receives and fails its first N requests as told.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _failFirst = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/hook/{name}", receiver.HandleAsync);
        await receiver._app.StartAsync();
        receiver.BaseUrl = receiver._app.Urls.First();
        return receiver;
    }

    /// <summary>The URL of a fresh path that fails its first <paramref name="failures"/> requests with 503.</summary>
    public string Path(string name, int failures = 0)
    {
        _failFirst[name] = failures;
        return $"{BaseUrl}/hook/{name}";
    }

    public IReadOnlyList<Received> For(string name) => [.. Requests.Where(r => r.Name == name)];

    private async Task<IResult> HandleAsync(string name, HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var count = _seen.AddOrUpdate(name, 1, (_, n) => n + 1);
        var status = count <= _failFirst.GetValueOrDefault(name) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status204NoContent;
        Requests.Enqueue(new Received(name, request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(),
            request.Headers["webhook-signature"].ToString(), request.ContentType, buffer.ToArray(), status, request.Headers["X-Tocsin-Signature"].ToString()));
        return Results.StatusCode(status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Received(string Name, string Id, string Timestamp, string Signature, string? ContentType, byte[] Body, int Status, string ServerSignature);
}
