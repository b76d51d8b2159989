using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tocsin.Core.Webhooks;

/// <summary>Signs and verifies webhook messages as Standard Webhooks does (https://www.standardwebhooks.com):
/// <c>webhook-signature: v1,</c>base64(HMAC-SHA256(key, <c>"{webhook-id}.{webhook-timestamp}.{body}"</c>)),
/// the timestamp in whole seconds since the Unix epoch. Several space-separated signatures may be sent
/// (key rotation); one valid <c>v1</c> entry is enough.</summary>
public static class WebhookSignature
{
    /// <summary>How far a timestamp may be from now, either way, before a message is refused as a replay:
    /// five minutes, the spec's recommendation.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>Header names.</summary>
    public const string IdHeader = "webhook-id";

    /// <summary>Header carrying whole seconds since the Unix epoch.</summary>
    public const string TimestampHeader = "webhook-timestamp";

    /// <summary>Header carrying <c>v1,</c> and the base64 signature.</summary>
    public const string SignatureHeader = "webhook-signature";

    /// <summary>The <c>webhook-signature</c> value for one message: <c>v1,</c> then the base64 signature.</summary>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public static string Sign(ReadOnlySpan<byte> key, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(key, id, timestamp, body, mac);
        return "v1," + Convert.ToBase64String(mac);
    }

    /// <summary>Checks a received message against <paramref name="secret"/>. Fails with
    /// <c>webhook-signature-missing</c> (a header is absent), <c>webhook-timestamp-invalid</c> (not an
    /// integer, or further than <paramref name="tolerance"/> from <paramref name="now"/>),
    /// <c>webhook-secret-invalid</c> or <c>webhook-signature-mismatch</c>. The comparison is constant-time.</summary>
    public static Result<Unit> Verify(string secret, string? id, string? timestamp, string? signatures, ReadOnlySpan<byte> body,
        DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatures))
        {
            return new Error("webhook-signature-missing", "The webhook-id, webhook-timestamp and webhook-signature headers are all required.");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > (long)tolerance.TotalSeconds)
        {
            return new Error("webhook-timestamp-invalid", $"The webhook-timestamp must be whole Unix seconds within {tolerance.TotalSeconds:0} s of now.");
        }

        if (WebhookSecret.KeyOf(secret) is not { } key)
        {
            return new Error("webhook-secret-invalid", "The secret is not whsec_ followed by base64 of 24 to 64 bytes.");
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(key, id, seconds, body, expected);
        Span<byte> presented = stackalloc byte[64];
        foreach (var entry in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.StartsWith("v1,", StringComparison.Ordinal)
                && Convert.TryFromBase64String(entry[3..], presented, out var length)
                && CryptographicOperations.FixedTimeEquals(expected, presented[..length]))
            {
                return Unit.Value;
            }
        }

        return new Error("webhook-signature-mismatch", "No v1 signature matches the message.");
    }

    private static void Mac(ReadOnlySpan<byte> key, string id, long timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        var prefix = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}.{timestamp}."));
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }
}
