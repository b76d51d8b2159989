using Tocsin.Core;
using Tocsin.Core.Signing;
using Tocsin.Server.Signing;

namespace Tocsin.Cli.Signing;

/// <summary>Where <c>tocsin signature verify</c> gets the public keys: a JWKS file, the JWKS URL of a
/// running server, or the key set of a data directory.</summary>
public static class KeySource
{
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The keys from <paramref name="keys"/> (a file path or an http(s) URL) when given, else
    /// those published from <paramref name="dataDirectory"/> at <paramref name="clock"/>'s now.</summary>
    public static async Task<Result<VerificationKeys>> LoadAsync(string? keys, string dataDirectory, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (keys is null)
        {
            var directory = new KeyDirectory(dataDirectory);
            if (!directory.Exists)
            {
                return new Error(SignatureErrors.InvalidKeySetCode, $"no key set in {directory.Path}; give --keys FILE|URL");
            }

            var loaded = directory.Load();
            return loaded.IsSuccess ? loaded.Value.ForVerification(clock.GetUtcNow()) : loaded.Error;
        }

        if (Uri.TryCreate(keys, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return await FetchAsync(url, cancellationToken);
        }

        if (!File.Exists(keys))
        {
            return new Error("file-not-found", $"{keys}: no such file");
        }

        return JsonWebKeySet.Read(await File.ReadAllBytesAsync(keys, cancellationToken));
    }

    private static async Task<Result<VerificationKeys>> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = FetchTimeout, MaxResponseContentBufferSize = JsonWebKeySet.MaxBytes };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return new Error(SignatureErrors.InvalidKeySetCode, $"{url}: HTTP {(int)response.StatusCode}");
            }

            return JsonWebKeySet.Read(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }
        catch (HttpRequestException ex)
        {
            return new Error(SignatureErrors.InvalidKeySetCode, $"{url}: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Error(SignatureErrors.InvalidKeySetCode, $"{url}: no answer within {FetchTimeout.TotalSeconds:0} s");
        }
    }
}
