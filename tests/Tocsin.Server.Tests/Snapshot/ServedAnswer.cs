using System.Net;
using System.Security.Cryptography;

namespace Tocsin.Server.Tests.Snapshot;

/// <summary>What a client can tell of an answer: status, headers (but the two that name the moment it was sent) and the
/// length and hash of the body.</summary>
internal sealed record ServedAnswer(HttpStatusCode Status, string Headers, string Body)
{
    // Date is the second the answer left; Last-Modified is kept per address, and the dynamic twin has its own address.
    private static readonly HashSet<string> Momentary = new(StringComparer.OrdinalIgnoreCase) { "Date", "Last-Modified" };

    public static async Task<ServedAnswer> OfAsync(HttpResponseMessage response) =>
        Of(response, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

    public static ServedAnswer Of(HttpResponseMessage response, byte[] body)
    {
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !Momentary.Contains(h.Key))
            .OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}");
        return new ServedAnswer(response.StatusCode, string.Join('\n', headers), $"{body.Length} bytes, SHA-256 {Convert.ToHexStringLower(SHA256.HashData(body))}");
    }

    /// <summary>This answer without Content-Length: the levels carry the instant asked about, whose written length varies
    /// with its trailing zeros.</summary>
    public ServedAnswer WithoutLength() =>
        this with { Headers = string.Join('\n', Headers.Split('\n').Where(h => !h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))) };

    public static async Task<ServedAnswer> SendAsync(HttpClient client, HttpMethod method, string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return await OfAsync(response);
    }
}
