using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;

namespace Tocsin.Testing;

/// <summary>A webhook subscriber's endpoint on a free loopback port (<see cref="HttpListener"/>, no ASP.NET): records
/// every request it receives — its <c>webhook-id</c>, the message it names and the status it answered — and answers
/// 500 to a seeded share of them, so that the server has to retry. Requests are answered one at a time, in order, but
/// each is numbered as soon as it arrives (<see cref="WebhookRequest.Arrival"/>): a request waiting behind a slow answer
/// was sent when it arrived, not when it was answered.</summary>
public sealed class FlakyWebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<WebhookRequest> _received = new();
    private readonly Random _failures;
    private readonly double _failureRatio;
    private readonly Channel<(HttpListenerContext Context, int Arrival)> _waiting = Channel.CreateUnbounded<(HttpListenerContext, int)>();
    private readonly Task _accepting;
    private readonly Task _serving;
    private int _arrived;

    /// <param name="failureRatio">The share of requests answered 500 (0 for none).</param>
    /// <param name="seed">The seed of the failure draw, so that a run repeats.</param>
    public FlakyWebhookReceiver(double failureRatio = 0, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(failureRatio);
        _failureRatio = failureRatio;
        _failures = new Random(seed);
        Port = TocsinProcess.FreePort();
        Url = new Uri($"http://127.0.0.1:{Port}/hook/");
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _accepting = Task.Run(AcceptAsync);
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>The URL to subscribe (a subscriber's own path under it is recorded too).</summary>
    public Uri Url { get; }

    /// <summary>How long it takes to answer each request (none by default): a slow receiver keeps a batch of deliveries
    /// in flight longer.</summary>
    public TimeSpan AnswerDelay { get; init; }

    /// <summary>Called after each 2xx answer, with the request: a subscriber's processing, such as acknowledging.</summary>
    public Func<WebhookRequest, Task>? OnDelivered { get; set; }

    /// <summary>Every request answered so far, in order.</summary>
    public IReadOnlyList<WebhookRequest> Received => [.. _received];

    /// <summary>How many requests have arrived so far, answered or still waiting.</summary>
    public int Arrived => Volatile.Read(ref _arrived);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _accepting;
        }
        catch (ObjectDisposedException)
        {
            // Stopped while waiting for a request.
        }

        _waiting.Writer.TryComplete();
        await _serving;
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _waiting.Writer.TryWrite((context, Interlocked.Increment(ref _arrived) - 1));
        }
    }

    private async Task ServeAsync()
    {
        await foreach (var (context, arrival) in _waiting.Reader.ReadAllAsync())
        {
            try
            {
                await AnswerAsync(context, arrival);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
            {
                // The listener stopped, or the sender went away while its request waited.
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context, int arrival)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        if (AnswerDelay > TimeSpan.Zero)
        {
            await Task.Delay(AnswerDelay);
        }

        var status = _failures.NextDouble() < _failureRatio ? 500 : 200;
        var request = new WebhookRequest(
            context.Request.Url?.AbsolutePath ?? string.Empty,
            context.Request.Headers["webhook-id"] ?? string.Empty,
            context.Request.Headers["tocsin-cap-identifier"] ?? context.Request.Headers["tocsin-posture-message"] ?? string.Empty,
            body.ToArray(),
            status,
            arrival);
        _received.Enqueue(request);
        context.Response.StatusCode = status;
        context.Response.Close();
        if (status == 200 && OnDelivered is { } delivered)
        {
            await delivered(request);
        }
    }
}
