using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Tocsin.Core.Stix;

/// <summary>RFC 8785 JSON Canonicalization Scheme (JCS): object members sorted by their names'
/// UTF-16 code units, no insignificant whitespace, strings escaped as ECMAScript's
/// <c>JSON.stringify</c> does and numbers written in ECMAScript's shortest round-trip form.</summary>
/// <remarks>Used for content equality (an identical duplicate is recognised whatever its key
/// order or spacing), content hashes of SCO versions and UUIDv5 SCO ids (STIX 2.1 §2.9).
/// Text that is already canonical as received (a string with no escape, an integer of at most 15
/// digits, an ASCII member name) is copied from the parsed bytes; only the rest is decoded and
/// re-encoded.</remarks>
public static class JsonCanonicalizer
{
    // A buffer per thread for the canonical text of one value, kept while it stays small.
    private const int KeptBufferBytes = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The canonical UTF-8 bytes of <paramref name="element"/>.</summary>
    /// <exception cref="ArgumentException">A number is not finite as an IEEE 754 double.</exception>
    public static byte[] Canonicalize(JsonElement element)
    {
        var buffer = RentBuffer();
        try
        {
            Write(element, buffer);
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            ReturnBuffer(buffer);
        }
    }

    /// <summary>The SHA-256 of the canonical UTF-8 bytes of <paramref name="element"/>, written into a
    /// buffer the thread reuses rather than a new array.</summary>
    /// <exception cref="ArgumentException">A number is not finite as an IEEE 754 double.</exception>
    public static byte[] Sha256(JsonElement element)
    {
        var buffer = RentBuffer();
        try
        {
            Write(element, buffer);
            return SHA256.HashData(buffer.WrittenSpan);
        }
        finally
        {
            ReturnBuffer(buffer);
        }
    }

    /// <summary>The canonical UTF-8 bytes of the JSON text <paramref name="utf8Json"/>.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static byte[] Canonicalize(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        return Canonicalize(document.RootElement);
    }

    /// <summary>Writes the canonical form of <paramref name="element"/> to <paramref name="output"/>.</summary>
    public static void Write(JsonElement element, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, output);
                break;
            case JsonValueKind.Array:
                WriteArray(element, output);
                break;
            case JsonValueKind.String:
                WriteStringValue(element, output);
                break;
            case JsonValueKind.Number:
                WriteNumber(element, output);
                break;
            case JsonValueKind.True:
                output.Write("true"u8);
                break;
            case JsonValueKind.False:
                output.Write("false"u8);
                break;
            case JsonValueKind.Null:
                output.Write("null"u8);
                break;
            case JsonValueKind.Undefined:
                throw new ArgumentException("An undefined JSON element cannot be canonicalised.", nameof(element));
        }
    }

    private static ArrayBufferWriter<byte> RentBuffer()
    {
        var buffer = _buffer ?? new ArrayBufferWriter<byte>(4096);
        // Taken while in use, so a nested call (none today) would get a buffer of its own.
        _buffer = null;
        return buffer;
    }

    private static void ReturnBuffer(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= KeptBufferBytes)
        {
            buffer.ResetWrittenCount();
            _buffer = buffer;
        }
    }

    private static void WriteObject(JsonElement element, IBufferWriter<byte> output)
    {
        var count = 0;
        var rented = ArrayPool<JsonProperty>.Shared.Rent(16);
        var asciiNames = true;
        try
        {
            foreach (var property in element.EnumerateObject())
            {
                if (count == rented.Length)
                {
                    var larger = ArrayPool<JsonProperty>.Shared.Rent(count * 2);
                    rented.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<JsonProperty>.Shared.Return(rented, clearArray: true);
                    rented = larger;
                }

                rented[count++] = property;
                asciiNames = asciiNames && IsPlainAscii(JsonMarshal.GetRawUtf8PropertyName(property));
            }

            var members = rented.AsSpan(0, count);
            // RFC 8785 §3.2.3: sort by the UTF-16 code units of the names. For names of unescaped ASCII
            // the bytes are those code units; otherwise ordinal comparison of the decoded .NET strings is.
            if (asciiNames)
            {
                members.Sort(static (a, b) => JsonMarshal.GetRawUtf8PropertyName(a).SequenceCompareTo(JsonMarshal.GetRawUtf8PropertyName(b)));
            }
            else
            {
                members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            }

            output.Write("{"u8);
            for (var i = 0; i < members.Length; i++)
            {
                if (i > 0)
                {
                    output.Write(","u8);
                }

                WriteName(members[i], output);
                output.Write(":"u8);
                Write(members[i].Value, output);
            }

            output.Write("}"u8);
        }
        finally
        {
            ArrayPool<JsonProperty>.Shared.Return(rented, clearArray: true);
        }
    }

    private static void WriteName(JsonProperty property, IBufferWriter<byte> output)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (IsCanonicalStringContent(raw))
        {
            WriteQuoted(raw, output);
        }
        else
        {
            WriteString(property.Name, output);
        }
    }

    private static void WriteStringValue(JsonElement element, IBufferWriter<byte> output)
    {
        // The raw value of a string includes its quotes.
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length >= 2 && IsCanonicalStringContent(raw[1..^1]))
        {
            output.Write(raw);
        }
        else
        {
            WriteString(element.GetString()!, output);
        }
    }

    private static void WriteNumber(JsonElement element, IBufferWriter<byte> output)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (IsShortInteger(raw))
        {
            // "-0" is the number zero, which ECMAScript writes "0".
            output.Write(raw is [(byte)'-', (byte)'0'] ? "0"u8 : raw);
        }
        else
        {
            WriteAscii(FormatNumber(element.GetDouble()), output);
        }
    }

    /// <summary>True when string content as received is already its canonical form: no escape (so no quote or
    /// control character, which JSON forbids unescaped) and valid UTF-8, copied byte for byte.</summary>
    private static bool IsCanonicalStringContent(ReadOnlySpan<byte> raw) =>
        raw.IndexOf((byte)'\\') < 0 && Utf8.IsValid(raw);

    /// <summary>ASCII with no escape: its bytes sort as its UTF-16 code units.</summary>
    private static bool IsPlainAscii(ReadOnlySpan<byte> raw) =>
        System.Text.Ascii.IsValid(raw) && raw.IndexOf((byte)'\\') < 0;

    /// <summary>An integer of 1 to 15 digits as JSON allows it (optional minus, no leading zero): exact as a
    /// double, and ECMAScript writes it with the same digits.</summary>
    private static bool IsShortInteger(ReadOnlySpan<byte> raw)
    {
        var digits = raw.Length > 0 && raw[0] == (byte)'-' ? raw[1..] : raw;
        return digits.Length is > 0 and <= 15 && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9')
            && (digits[0] != (byte)'0' || digits.Length == 1);
    }

    private static void WriteQuoted(ReadOnlySpan<byte> content, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(content.Length + 2);
        span[0] = (byte)'"';
        content.CopyTo(span[1..]);
        span[content.Length + 1] = (byte)'"';
        output.Advance(content.Length + 2);
    }

    private static void WriteArray(JsonElement element, IBufferWriter<byte> output)
    {
        output.Write("["u8);
        var first = true;
        foreach (var item in element.EnumerateArray())
        {
            if (!first)
            {
                output.Write(","u8);
            }

            first = false;
            Write(item, output);
        }

        output.Write("]"u8);
    }

    private static void WriteString(string value, IBufferWriter<byte> output)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        var text = builder.ToString();
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        var written = Encoding.UTF8.GetBytes(text, span);
        output.Advance(written);
    }

    private static void WriteAscii(string text, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        output.Advance(text.Length);
    }

    /// <summary>ECMAScript Number::toString (ECMA-262 §7.1.12.1), which RFC 8785 §3.2.2.3 requires.</summary>
    internal static string FormatNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("JSON numbers must be finite.", nameof(value));
        }

        if (value == 0)
        {
            return "0";
        }

        var negative = value < 0;
        // "R" gives the shortest digits that round-trip, e.g. "1.2345E-07" or "123.45".
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, exponent) = SplitDigits(shortest);
        var k = digits.Length;
        var n = exponent;
        string body;
        if (k <= n && n <= 21)
        {
            body = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            body = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            body = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
            body = mantissa + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        return negative ? "-" + body : body;
    }

    /// <summary>Splits a positive "R"-formatted double into significant digits (no leading or trailing
    /// zeros) and n, the position of the decimal point relative to the first digit.</summary>
    private static (string Digits, int N) SplitDigits(string formatted)
    {
        var exponentAt = formatted.IndexOfAny(['E', 'e']);
        var exponent = 0;
        var mantissa = formatted;
        if (exponentAt >= 0)
        {
            exponent = int.Parse(formatted.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = formatted[..exponentAt];
        }

        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = point >= 0 ? mantissa[..point] : mantissa;
        var fractionPart = point >= 0 ? mantissa[(point + 1)..] : string.Empty;
        var allDigits = integerPart + fractionPart;
        var n = integerPart.Length + exponent;
        var leading = 0;
        while (leading < allDigits.Length - 1 && allDigits[leading] == '0')
        {
            leading++;
        }

        allDigits = allDigits[leading..];
        n -= leading;
        allDigits = allDigits.TrimEnd('0');
        return (allDigits.Length == 0 ? "0" : allDigits, n);
    }
}
