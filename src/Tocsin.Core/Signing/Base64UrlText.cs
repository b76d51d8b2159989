using System.Buffers.Text;

namespace Tocsin.Core.Signing;

/// <summary>Strict base64url (RFC 4648 §5) decoding: the URL-safe alphabet only, no padding, no whitespace.</summary>
internal static class Base64UrlText
{
    public static byte[]? Decode(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return null;
            }
        }

        // A length of 1 mod 4 cannot come from any byte string.
        if (text.Length % 4 == 1)
        {
            return null;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        return Base64Url.TryDecodeFromChars(text, bytes, out var written) ? bytes[..written] : null;
    }
}
