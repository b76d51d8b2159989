using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Tocsin.Testing;

namespace Tocsin.Benchmarks.Soak;

/// <summary>The mixed load of a soak, paced rather than flat out (the point is time, not throughput): TAXII writers
/// posting envelopes of new indicators, TAXII readers paging objects and the manifest, public readers of the levels,
/// the CAP feed and the home page, and one loop proposing and approving a decision (each approval is a CAP message
/// delivered to every subscriber). Every answer that is not the expected status counts as an error, by kind.</summary>
internal sealed class SoakLoad(Uri server, string collectionId, string password)
{
    private const string Taxii = "application/taxii+json;version=2.1";
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Guid> _approved = [];
    private long _requests;

    /// <summary>Requests made so far.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Unexpected answers so far, by request kind and status.</summary>
    public IReadOnlyDictionary<string, int> Errors => _errors;

    /// <summary>The decisions approved so far.</summary>
    public IReadOnlyCollection<Guid> Approved => _approved;

    /// <summary>Runs every loop until <paramref name="stop"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken stop) => Task.WhenAll(
        Loop(2, TimeSpan.FromMilliseconds(250), "soak-analyst", WriteAsync, stop),
        Loop(4, TimeSpan.FromMilliseconds(100), "soak-analyst", ReadTaxiiAsync, stop),
        Loop(2, TimeSpan.FromMilliseconds(100), null, ReadPublicAsync, stop),
        Loop(1, TimeSpan.FromSeconds(10), null, DecideAsync, stop));

    /// <summary>A client of the server signed in as <paramref name="user"/> (anonymous when null).</summary>
    public HttpClient Client(string? user)
    {
        var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }

        return client;
    }

    private Task Loop(int workers, TimeSpan pause, string? user, Func<HttpClient, int, CancellationToken, Task> step, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            using var client = Client(user);
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                try
                {
                    await step(client, round, stop);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (HttpRequestException e)
                {
                    Count("connection " + e.HttpRequestError);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failure of the driver itself is an error of the run, never a silently stopped worker.
                    Count("driver " + e.GetType().Name);
                }

                try
                {
                    await Task.Delay(pause, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        })));

    private async Task WriteAsync(HttpClient client, int round, CancellationToken stop)
    {
        var objects = Enumerable.Range(0, 10).Select(_ => StixJson.Indicator().ToJson()).ToList();
        using var content = new StringContent("{\"objects\":[" + string.Join(',', objects) + "]}", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(Taxii);
        using var response = await SendAsync(client, new HttpRequestMessage(HttpMethod.Post, $"taxii2/tocsin/collections/{collectionId}/objects/") { Content = content }, stop);
        var body = await response.Content.ReadAsStringAsync(stop);
        Expect("TAXII POST", response, HttpStatusCode.Accepted, body.Contains("\"success_count\":10,", StringComparison.Ordinal));
    }

    private async Task ReadTaxiiAsync(HttpClient client, int round, CancellationToken stop)
    {
        var path = round % 3 == 0 ? "manifest" : "objects";
        using var response = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, $"taxii2/tocsin/collections/{collectionId}/{path}/?limit=50"), stop);
        await response.Content.ReadAsByteArrayAsync(stop);
        Expect("TAXII GET " + path, response, HttpStatusCode.OK, true);
    }

    private async Task ReadPublicAsync(HttpClient client, int round, CancellationToken stop)
    {
        var path = (round % 4) switch
        {
            0 => "/api/v1/levels",
            1 => "/feeds/cap.atom",
            2 => "/api/v1/levels/point?lat=48.8566&lon=2.3522",
            _ => "/",
        };
        using var response = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, path), stop);
        await response.Content.ReadAsByteArrayAsync(stop);
        Expect("public GET " + path, response, HttpStatusCode.OK, true);
    }

    private async Task DecideAsync(HttpClient anonymous, int round, CancellationToken stop)
    {
        using var analyst = Client("soak-analyst");
        using var approver = Client("soak-approver");
        var proposal = JsonSerializer.Serialize(new
        {
            scheme = "vigipirate",
            level = round % 2 == 0 ? "urgence-attentat" : "securite-renforcee-risque-attentat",
            territories = new[] { "FRA-D75" },
            effectiveAt = TimeProvider.System.GetUtcNow(),
            authority = "Premier ministre",
            rationale = "Soak: decision " + round,
            supersedes = Array.Empty<Guid>(),
            evidence = Array.Empty<string>(),
            exercise = false,
        });
        using var proposed = await SendAsync(analyst, new HttpRequestMessage(HttpMethod.Post, "api/v1/decisions")
        {
            Content = new StringContent(proposal, Encoding.UTF8, "application/json"),
        }, stop);
        var body = await proposed.Content.ReadAsStringAsync(stop);
        if (!Expect("propose", proposed, HttpStatusCode.Created, true))
        {
            return;
        }

        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        using var approved = await SendAsync(approver, new HttpRequestMessage(HttpMethod.Post, $"api/v1/decisions/{id:D}/approve"), stop);
        await approved.Content.ReadAsByteArrayAsync(stop);
        if (Expect("approve", approved, HttpStatusCode.OK, true))
        {
            _approved.Add(id);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken stop)
    {
        using (request)
        {
            if (request.Method == HttpMethod.Get && request.RequestUri!.OriginalString.StartsWith("taxii2", StringComparison.Ordinal))
            {
                request.Headers.Accept.ParseAdd(Taxii);
            }

            Interlocked.Increment(ref _requests);
            return await client.SendAsync(request, stop);
        }
    }

    private bool Expect(string kind, HttpResponseMessage response, HttpStatusCode expected, bool bodyAsExpected)
    {
        if (response.StatusCode == expected && bodyAsExpected)
        {
            return true;
        }

        Count($"{kind} {(int)response.StatusCode}");
        return false;
    }

    private void Count(string kind) => _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
}
