using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tocsin.Core.Stix.Reading;

/// <summary>Checks that every number of a JSON text fits an IEEE 754 double. I-JSON (RFC 7493 §2.2), which
/// STIX 2.1 content is (§1.2.10), excludes greater magnitudes, and RFC 8785 canonical JSON — from which
/// Tocsin computes content hashes and SCO ids — cannot express them, so an object holding one is refused
/// when it is read (code <c>number-out-of-range</c>), never stored.</summary>
public static class JsonNumbers
{
    /// <summary>Why <paramref name="utf8Json"/> (well-formed JSON) holds a number no double can hold; null when none does.</summary>
    public static Error? Check(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                continue;
            }

            // Only an exponent or more than 308 digits can leave the double range.
            var text = reader.ValueSpan;
            if ((text.IndexOfAny("eE"u8) >= 0 || text.Length > 308)
                && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value)))
            {
                var shown = Encoding.UTF8.GetString(text.Length > 40 ? text[..40] : text);
                return new Error("number-out-of-range",
                    $"The number {shown}{(text.Length > 40 ? "…" : string.Empty)} is beyond the range of an IEEE 754 double, which STIX 2.1 content (I-JSON, RFC 7493 §2.2) and canonical JSON (RFC 8785) require.");
            }
        }

        return null;
    }
}
