using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace Tocsin.Core.Stix.Reading;

/// <summary>Checks that every string of a JSON text is Unicode text: valid UTF-8 bytes, and no
/// <c>\uXXXX</c> escape of a lone surrogate (<c>"\ud800"</c>). STIX 2.1 content is I-JSON (§1.2.10), which
/// forbids both (RFC 7493 §2.1); such a string cannot be decoded, compared, canonicalised or written to
/// CAP or XML, so an object that holds one is refused when it is read, never stored.</summary>
public static class UnicodeText
{
    /// <summary>Why <paramref name="utf8Json"/> (a JSON text already known to be well-formed)
    /// is not Unicode text; null when it is.</summary>
    public static Error? Check(ReadOnlySpan<byte> utf8Json, JsonElement root)
    {
        if (!Utf8.IsValid(utf8Json))
        {
            return new Error("not-utf8", "The text holds a byte sequence that is not UTF-8; STIX 2.1 content must be UTF-8 (RFC 8259 §8.1).");
        }

        // The fast path: without an escape, no string can hold a lone surrogate.
        if (utf8Json.IndexOf("\\u"u8) < 0 || !HasLoneSurrogate(utf8Json))
        {
            return null;
        }

        var path = PathOfLoneSurrogate(root, "$") ?? "$";
        return new Error("lone-surrogate",
            $"The string at {path} holds an escaped lone surrogate (such as \\ud800), which is not Unicode text; STIX 2.1 content must be I-JSON (§1.2.10, RFC 7493 §2.1).");
    }

    /// <summary>True when a <c>\uXXXX</c> escape in <paramref name="json"/> encodes a high surrogate not
    /// followed at once by an escaped low one, or a low surrogate not preceded by a high one.</summary>
    /// <remarks>In well-formed JSON a backslash occurs only inside strings, so a linear scan that steps
    /// over every escape sees exactly the escapes of the strings and names.</remarks>
    public static bool HasLoneSurrogate(ReadOnlySpan<byte> json)
    {
        var pendingHigh = false;
        var i = 0;
        while (i < json.Length)
        {
            if (json[i] != (byte)'\\' || i + 1 >= json.Length)
            {
                if (pendingHigh)
                {
                    return true;
                }

                i++;
                continue;
            }

            if (json[i + 1] != (byte)'u' || i + 6 > json.Length
                || !int.TryParse(json.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                if (pendingHigh)
                {
                    return true;
                }

                i += 2;
                continue;
            }

            var isHigh = unit is >= 0xD800 and <= 0xDBFF;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if ((pendingHigh && !isLow) || (!pendingHigh && isLow))
            {
                return true;
            }

            pendingHigh = isHigh;
            i += 6;
        }

        return pendingHigh;
    }

    /// <summary><see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> for a reader that may stand on
    /// text that is not Unicode: a name or string whose escapes encode a lone surrogate equals no text, so the
    /// answer is false, where the reader's own method throws <see cref="InvalidOperationException"/>.</summary>
    /// <remarks>Readers that look at member names before the whole value is checked (the bundle scanner, the TAXII
    /// envelope) compare through this, so such a name is refused later with <c>lone-surrogate</c>, not a crash.</remarks>
    public static bool ValueTextEquals(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Text) =>
        !(reader.ValueIsEscaped && HasLoneSurrogate(reader.ValueSpan)) && reader.ValueTextEquals(utf8Text);

    private static string? PathOfLoneSurrogate(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return HasLoneSurrogate(JsonMarshal.GetRawUtf8Value(element)) ? path : null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var rawName = JsonMarshal.GetRawUtf8PropertyName(property);
                    var childPath = $"{path}.{Encoding.UTF8.GetString(rawName)}";
                    if (HasLoneSurrogate(rawName))
                    {
                        return childPath + " (its name)";
                    }

                    if (PathOfLoneSurrogate(property.Value, childPath) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (PathOfLoneSurrogate(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]")) is { } found)
                    {
                        return found;
                    }

                    index++;
                }

                return null;
            case JsonValueKind.Undefined or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null:
                return null;
        }

        return null;
    }
}
