using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Tocsin.Core.Signing;

/// <summary>RFC 7515 JWS in compact serialization with detached content (Appendix F):
/// <c>BASE64URL(header) + ".." + BASE64URL(signature)</c>. The protected header is exactly
/// <c>{"alg":"RS256","kid":"…"}</c>; the signing input is the standard
/// <c>BASE64URL(header) + "." + BASE64URL(payload)</c> — the payload is base64url-encoded for signing
/// as usual (no RFC 7797 <c>b64:false</c>), only left out of the serialization. Any JOSE library
/// verifies it by putting <c>BASE64URL(payload)</c> back between the two dots.</summary>
public static class DetachedJws
{
    /// <summary>The longest JWS accepted, in characters; a 4096-bit signature and a header fit easily.</summary>
    public const int MaxLength = 16 * 1024;

    /// <summary>Signs <paramref name="payload"/> (the exact bytes as served) with <paramref name="key"/>.</summary>
    public static string Sign(SigningKey key, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(key);
        var header = Base64Url.EncodeToString(Header(key.Kid));
        var signature = RsaSignature.Sign(key, SigningInput(header, payload));
        return header + ".." + Base64Url.EncodeToString(signature);
    }

    /// <summary>Checks <paramref name="jws"/> against <paramref name="payload"/>. Keys are only ever
    /// taken from <paramref name="keys"/> by kid: header members that carry or point to a key
    /// (<c>jwk</c>, <c>jku</c>, <c>x5u</c>, <c>x5c</c>) are never used.</summary>
    /// <returns>The signing kid, or: <c>malformed-signature</c> (not three base64url parts with an empty
    /// middle, a header that is not a JSON object, duplicate members, no kid, a <c>crit</c> or <c>b64</c>
    /// member); <c>wrong-algorithm</c> (<c>alg</c> other than RS256, including <c>none</c> and HS256);
    /// <c>unknown-key</c>; <c>bad-signature</c>.</returns>
    public static Result<SignatureVerified> Verify(VerificationKeys keys, ReadOnlySpan<byte> payload, string jws)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (string.IsNullOrEmpty(jws))
        {
            return SignatureErrors.NoSignature("The signature is empty.");
        }

        if (jws.Length > MaxLength)
        {
            return SignatureErrors.Malformed($"The signature has {jws.Length} characters; at most {MaxLength} are read.");
        }

        var parts = jws.Split('.');
        if (parts.Length != 3)
        {
            return SignatureErrors.Malformed("A compact JWS has three parts separated by dots.");
        }

        if (parts[1].Length != 0)
        {
            return SignatureErrors.Malformed("The JWS carries its payload; a detached JWS has an empty middle part (header..signature).");
        }

        var header = ReadHeader(parts[0]);
        if (!header.IsSuccess)
        {
            return header.Error;
        }

        var signature = Base64UrlText.Decode(parts[2]);
        if (signature is null || signature.Length == 0)
        {
            return SignatureErrors.Malformed("The JWS signature part is not base64url.");
        }

        return RsaSignature.Verify(keys, header.Value, SigningInput(parts[0], payload), signature);
    }

    private static byte[] Header(string kid)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("alg", SigningAlgorithms.Jose);
            json.WriteString("kid", kid);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The kid of a valid RS256 header.</summary>
    private static Result<string> ReadHeader(string encoded)
    {
        var bytes = Base64UrlText.Decode(encoded);
        if (bytes is null)
        {
            return SignatureErrors.Malformed("The JWS header is not base64url.");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 4 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SignatureErrors.Malformed("The JWS header is not a JSON object.");
            }

            var alg = root.TryGetProperty("alg", out var algValue) && algValue.ValueKind == JsonValueKind.String ? algValue.GetString() : null;
            if (alg != SigningAlgorithms.Jose)
            {
                return SignatureErrors.WrongAlgorithm("The JWS algorithm", alg);
            }

            if (root.TryGetProperty("crit", out _) || root.TryGetProperty("b64", out _))
            {
                return SignatureErrors.Malformed("The JWS header asks for extensions (crit, b64) that are not supported.");
            }

            return root.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String && kid.GetString() is { Length: > 0 } text
                ? text
                : SignatureErrors.Malformed("The JWS header has no kid.");
        }
        catch (JsonException)
        {
            return SignatureErrors.Malformed("The JWS header is not valid JSON (or repeats a member).");
        }
    }

    private static byte[] SigningInput(string encodedHeader, ReadOnlySpan<byte> payload)
    {
        var headerLength = Encoding.ASCII.GetByteCount(encodedHeader);
        var input = new byte[headerLength + 1 + Base64Url.GetEncodedLength(payload.Length)];
        Encoding.ASCII.GetBytes(encodedHeader, input);
        input[headerLength] = (byte)'.';
        Base64Url.EncodeToUtf8(payload, input.AsSpan(headerLength + 1));
        return input;
    }
}
