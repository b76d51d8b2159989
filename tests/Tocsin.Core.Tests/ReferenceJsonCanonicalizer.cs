using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tocsin.Core.Tests;

/// <summary>The RFC 8785 canonicaliser as it was before the canonical form was copied from the parsed bytes
/// where it already is canonical: the reference the faster one must match byte for byte.</summary>
internal static class ReferenceJsonCanonicalizer
{
    /// <summary>The canonical UTF-8 bytes of <paramref name="element"/>.</summary>
    /// <exception cref="ArgumentException">A number is not finite as an IEEE 754 double.</exception>
    public static byte[] Canonicalize(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(element, buffer);
        return buffer.WrittenSpan.ToArray();
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
                WriteString(element.GetString()!, output);
                break;
            case JsonValueKind.Number:
                WriteAscii(FormatNumber(element.GetDouble()), output);
                break;
            case JsonValueKind.True:
                WriteAscii("true", output);
                break;
            case JsonValueKind.False:
                WriteAscii("false", output);
                break;
            case JsonValueKind.Null:
                WriteAscii("null", output);
                break;
            case JsonValueKind.Undefined:
                throw new ArgumentException("An undefined JSON element cannot be canonicalised.", nameof(element));
        }
    }

    private static void WriteObject(JsonElement element, IBufferWriter<byte> output)
    {
        var members = new List<JsonProperty>();
        foreach (var property in element.EnumerateObject())
        {
            members.Add(property);
        }

        // RFC 8785 §3.2.3: sort by the UTF-16 code units of the names; ordinal comparison of .NET
        // strings is exactly that.
        members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        WriteAscii("{", output);
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                WriteAscii(",", output);
            }

            WriteString(members[i].Name, output);
            WriteAscii(":", output);
            Write(members[i].Value, output);
        }

        WriteAscii("}", output);
    }

    private static void WriteArray(JsonElement element, IBufferWriter<byte> output)
    {
        WriteAscii("[", output);
        var first = true;
        foreach (var item in element.EnumerateArray())
        {
            if (!first)
            {
                WriteAscii(",", output);
            }

            first = false;
            Write(item, output);
        }

        WriteAscii("]", output);
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
    private static string FormatNumber(double value)
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
