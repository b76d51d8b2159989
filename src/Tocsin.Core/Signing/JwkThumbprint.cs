using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Tocsin.Core.Signing;

/// <summary>RFC 7638 JSON Web Key thumbprints, which Tocsin uses as key ids.</summary>
public static class JwkThumbprint
{
    /// <summary>The SHA-256 thumbprint of an RSA public key, base64url without padding: the hash of the
    /// UTF-8 JSON <c>{"e":"…","kty":"RSA","n":"…"}</c> — the required members only, in lexicographic
    /// order, no whitespace (§3.2). Base64url text needs no JSON escaping, so the form is exact.</summary>
    public static string OfRsa(ReadOnlySpan<byte> modulus, ReadOnlySpan<byte> exponent)
    {
        var json = "{\"e\":\"" + Base64Url.EncodeToString(TrimLeadingZeros(exponent))
            + "\",\"kty\":\"RSA\",\"n\":\"" + Base64Url.EncodeToString(TrimLeadingZeros(modulus)) + "\"}";
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    /// <summary>RFC 7518 §6.3.1: <c>n</c> and <c>e</c> are the minimal unsigned big-endian octets.</summary>
    internal static ReadOnlySpan<byte> TrimLeadingZeros(ReadOnlySpan<byte> value)
    {
        var start = 0;
        while (start < value.Length - 1 && value[start] == 0)
        {
            start++;
        }

        return value[start..];
    }
}
