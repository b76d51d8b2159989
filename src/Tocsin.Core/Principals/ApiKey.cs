using System.Security.Cryptography;
using System.Text;

namespace Tocsin.Core.Principals;

/// <summary>An API key as handed to its holder once: <c>tk_KEYID_SECRET</c>. The key id (public, 12
/// hex characters) finds the stored row; only SHA-256 of the whole key is stored.</summary>
/// <remarks>The secret has 256 random bits, so a fast hash is enough: unlike a password it cannot be
/// guessed, and hashing must not dominate the latency of every authenticated request.</remarks>
public sealed record ApiKey(string KeyId, string Plaintext)
{
    private const string Prefix = "tk_";

    /// <summary>A new random key.</summary>
    public static ApiKey Generate()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return new ApiKey(keyId, $"{Prefix}{keyId}_{secret}");
    }

    /// <summary>The key id inside a presented key, or null when the text is not of the key form.</summary>
    public static string? KeyIdOf(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length < Prefix.Length + 14
            || presented[Prefix.Length + 12] != '_')
        {
            return null;
        }

        var keyId = presented.Substring(Prefix.Length, 12);
        foreach (var c in keyId)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return null;
            }
        }

        return keyId;
    }

    /// <summary>The stored form: SHA-256 of the whole presented key.</summary>
    public static byte[] HashOf(string presented) => SHA256.HashData(Encoding.UTF8.GetBytes(presented));

    /// <summary>The stored hash of this key.</summary>
    public byte[] Hash => HashOf(Plaintext);
}
