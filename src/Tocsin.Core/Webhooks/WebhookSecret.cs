using System.Security.Cryptography;

namespace Tocsin.Core.Webhooks;

/// <summary>Webhook signing secrets in the Standard Webhooks form: <c>whsec_</c> followed by the base64 of
/// the key bytes. The key is what HMAC-SHA256 uses; the prefix only tells people what the string is.</summary>
public static class WebhookSecret
{
    /// <summary>The prefix of every secret Tocsin issues.</summary>
    public const string Prefix = "whsec_";

    /// <summary>Key length of issued secrets, in bytes (the spec allows 24 to 64).</summary>
    public const int KeyLength = 32;

    /// <summary>A new secret from the operating system's cryptographic random source.</summary>
    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyLength));

    /// <summary>The HMAC key of <paramref name="secret"/> (with or without the <c>whsec_</c> prefix, as the
    /// reference libraries accept), or null when the rest is not base64 or decodes to fewer than 24 bytes.</summary>
    public static byte[]? KeyOf(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return null;
        }

        var encoded = secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret;
        var buffer = new byte[(encoded.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(encoded, buffer, out var written) && written is >= 24 and <= 64 ? buffer[..written] : null;
    }
}
