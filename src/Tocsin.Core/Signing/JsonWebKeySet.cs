using System.Buffers.Text;
using System.Text.Json;

namespace Tocsin.Core.Signing;

/// <summary>Reads and writes the public key set as an RFC 7517 JSON Web Key Set, served at
/// <c>/.well-known/tocsin/keys.json</c>. Each key is written as
/// <c>{"kty":"RSA","kid":…,"use":"sig","alg":"RS256","n":…,"e":…}</c>; private members (<c>d</c>,
/// <c>p</c>, <c>q</c>, <c>dp</c>, <c>dq</c>, <c>qi</c>) cannot be written because
/// <see cref="VerificationKeys"/> does not hold them.</summary>
public static class JsonWebKeySet
{
    /// <summary>The largest key set read, in bytes (256 KiB).</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The JWKS as UTF-8 JSON, keys in the set's order (current first), no whitespace.</summary>
    public static byte[] Write(VerificationKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("keys");
            foreach (var key in keys.Keys)
            {
                json.WriteStartObject();
                json.WriteString("kty", "RSA");
                json.WriteString("kid", key.Kid);
                json.WriteString("use", "sig");
                json.WriteString("alg", SigningAlgorithms.Jose);
                json.WriteString("n", Base64Url.EncodeToString(key.Modulus));
                json.WriteString("e", Base64Url.EncodeToString(key.Exponent));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a JWKS. Keys that are not RSA, not for signatures (<c>use</c> other than
    /// <c>sig</c>) or for another algorithm (<c>alg</c> other than RS256) are skipped; private members
    /// are ignored. The kid is taken as published.</summary>
    /// <returns>The keys, or <c>invalid-key-set</c>: not JSON, no <c>keys</c> array, an RSA key without
    /// <c>kid</c>, <c>n</c> or <c>e</c> or with invalid base64url, a modulus under 2048 bits, a kid twice,
    /// or no usable key at all.</returns>
    public static Result<VerificationKeys> Read(ReadOnlySpan<byte> json)
    {
        if (json.Length > MaxBytes)
        {
            return SignatureErrors.InvalidKeySet($"The key set has {json.Length} bytes; at most {MaxBytes} are read.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            return SignatureErrors.InvalidKeySet($"The key set is not JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                return SignatureErrors.InvalidKeySet("The key set has no 'keys' array (RFC 7517 §5).");
            }

            var keys = new List<VerificationKey>();
            foreach (var jwk in array.EnumerateArray())
            {
                var read = ReadKey(jwk);
                if (!read.IsSuccess)
                {
                    return read.Error;
                }

                if (read.Value is { } key)
                {
                    if (keys.Any(k => k.Kid == key.Kid))
                    {
                        return SignatureErrors.InvalidKeySet($"The kid '{key.Kid}' appears twice.");
                    }

                    keys.Add(key);
                }
            }

            return keys.Count == 0
                ? SignatureErrors.InvalidKeySet("The key set has no RSA signature key.")
                : new VerificationKeys(keys);
        }
    }

    private static Result<VerificationKey?> ReadKey(JsonElement jwk)
    {
        if (jwk.ValueKind != JsonValueKind.Object || Text(jwk, "kty") != "RSA"
            || Text(jwk, "use") is not (null or "sig") || Text(jwk, "alg") is not (null or SigningAlgorithms.Jose))
        {
            return Result<VerificationKey?>.Success(null);
        }

        var kid = Text(jwk, "kid");
        var n = Text(jwk, "n") is { } nText ? Base64UrlText.Decode(nText) : null;
        var e = Text(jwk, "e") is { } eText ? Base64UrlText.Decode(eText) : null;
        if (string.IsNullOrEmpty(kid) || n is null || e is null || e.Length == 0)
        {
            return SignatureErrors.InvalidKeySet("An RSA key lacks 'kid', 'n' or 'e', or they are not base64url.");
        }

        var modulus = JwkThumbprint.TrimLeadingZeros(n).ToArray();
        if (modulus.Length * 8 < SigningAlgorithms.MinimumKeyBits)
        {
            return SignatureErrors.InvalidKeySet($"Key '{kid}' has a modulus under {SigningAlgorithms.MinimumKeyBits} bits.");
        }

        return new VerificationKey(kid, modulus, JwkThumbprint.TrimLeadingZeros(e).ToArray());
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
