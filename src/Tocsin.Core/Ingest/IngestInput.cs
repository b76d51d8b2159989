using System.Buffers;
using System.Globalization;
using System.Text;

namespace Tocsin.Core.Ingest;

/// <summary>Turns an uploaded file into report text, refusing what is not one: more than
/// <see cref="IngestLimits.MaxBytes"/> (<c>too-large</c>), binary data (<c>binary-content</c>), bytes that are
/// not valid UTF-8 when no legacy encoding is declared (<c>unknown-encoding</c>), nothing but white space
/// (<c>empty-text</c>).</summary>
public static class IngestInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>. A byte-order mark wins; otherwise the text is read as
    /// <paramref name="declaredEncoding"/> (utf-8, utf-16, utf-16le, utf-16be, iso-8859-1/latin1,
    /// windows-1252/cp1252) or, when null, as strict UTF-8.</summary>
    public static Result<string> Decode(ReadOnlySpan<byte> bytes, string? declaredEncoding = null)
    {
        if (bytes.Length > IngestLimits.MaxBytes)
        {
            return IngestErrors.TooLarge(bytes.Length, IngestLimits.MaxBytes);
        }

        var (encoding, skip) = FromByteOrderMark(bytes);
        if (encoding is null)
        {
            var declared = Declared(declaredEncoding);
            if (!declared.IsSuccess)
            {
                return declared.Error;
            }

            encoding = declared.Value;
        }

        var body = bytes[skip..];
        var isUtf16 = encoding is UnicodeEncoding;
        if (!isUtf16 && body.IndexOf((byte)0) >= 0)
        {
            return IngestErrors.Binary();
        }

        if (encoding is UTF8Encoding && InvalidUtf8At(body) is { } offset)
        {
            return IngestErrors.UnknownEncoding(string.Create(CultureInfo.InvariantCulture, $"the bytes are not valid UTF-8 (first invalid byte at offset {offset + skip})."));
        }

        if (isUtf16 && body.Length % 2 != 0)
        {
            return IngestErrors.UnknownEncoding("the bytes are not valid UTF-16 (odd length).");
        }

        // Found by fuzzing: the strict UTF-16 decoder throws on an unpaired surrogate; it is refused here instead.
        if (isUtf16 && UnpairedSurrogateAt(body, bigEndian: encoding!.CodePage == 1201) is { } unpaired)
        {
            return IngestErrors.UnknownEncoding(string.Create(CultureInfo.InvariantCulture, $"the bytes are not valid UTF-16 (an unpaired surrogate at offset {unpaired + skip})."));
        }

        var text = encoding is null ? Windows1252(body) : encoding.GetString(body);
        return Check(text);
    }

    /// <summary>Checks text given directly (pasted): refuses empty or white-space-only text, text longer than
    /// <see cref="IngestLimits.MaxChars"/> and text that is mostly control characters.</summary>
    public static Result<string> Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestErrors.EmptyText();
        }

        if (text.Length > IngestLimits.MaxChars)
        {
            return IngestErrors.TooLarge(text.Length * 2L, IngestLimits.MaxChars * 2L);
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                controls++;
            }
        }

        return controls > Math.Max(2, text.Length / 100) || text.Contains('\0', StringComparison.Ordinal) ? IngestErrors.Binary() : text;
    }

    private static (Encoding? Encoding, int Skip) FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (null, 0);
    }

    /// <summary>The declared encoding; null stands for Windows-1252, decoded by <see cref="Windows1252"/>.</summary>
    private static Result<Encoding?> Declared(string? name)
    {
        var key = name?.Trim().ToLowerInvariant().Replace("_", "-", StringComparison.Ordinal);
        return key switch
        {
            null or "" or "utf-8" or "utf8" or "us-ascii" or "ascii" => StrictUtf8,
            "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" => Encoding.Latin1,
            "windows-1252" or "cp1252" or "win-1252" => Result<Encoding?>.Success(null),
            "utf-16" or "utf-16le" or "utf16" => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
            _ => IngestErrors.UnknownEncoding($"the encoding '{name}' is not supported."),
        };
    }

    /// <summary>The offset of the first code unit of <paramref name="bytes"/> (UTF-16, even length) that is a surrogate
    /// without its other half, or null when every surrogate is paired.</summary>
    private static int? UnpairedSurrogateAt(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        for (var offset = 0; offset < bytes.Length; offset += 2)
        {
            var unit = CodeUnit(bytes, offset, bigEndian);
            if (char.IsLowSurrogate(unit))
            {
                return offset;
            }

            if (char.IsHighSurrogate(unit))
            {
                if (offset + 2 >= bytes.Length || !char.IsLowSurrogate(CodeUnit(bytes, offset + 2, bigEndian)))
                {
                    return offset;
                }

                offset += 2;
            }
        }

        return null;
    }

    private static char CodeUnit(ReadOnlySpan<byte> bytes, int offset, bool bigEndian) =>
        (char)(bigEndian ? (bytes[offset] << 8) | bytes[offset + 1] : bytes[offset] | (bytes[offset + 1] << 8));

    private static int? InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return null;
    }

    /// <summary>Windows-1252: Latin-1 except 0x80–0x9F, which hold typographic characters (€, ‘ ’, “ ”, –, —).</summary>
    private static string Windows1252(ReadOnlySpan<byte> bytes)
    {
        const string high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? high[b - 0x80] : (char)b;
        }

        return new string(chars);
    }
}
