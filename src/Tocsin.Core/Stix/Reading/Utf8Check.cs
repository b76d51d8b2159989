using System.Text.Unicode;

namespace Tocsin.Core.Stix.Reading;

/// <summary>Encoding checks for STIX files, which must be UTF-8 (RFC 8259 §8.1).</summary>
internal static class Utf8Check
{
    /// <summary>Describes a byte-order mark or NUL-byte pattern of UTF-16 or UTF-32 at the start of
    /// <paramref name="start"/>; null when the text may be UTF-8.</summary>
    public static string? OtherEncoding(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return "it starts with a UTF-32 byte-order mark";
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "it starts with a UTF-16 byte-order mark";
        }

        // JSON text starts with an ASCII character, so a NUL among the first two bytes means UTF-16 or UTF-32.
        if ((start.Length > 0 && start[0] == 0) || (start.Length > 1 && start[1] == 0))
        {
            return "it looks like UTF-16 or UTF-32 (NUL bytes at the start)";
        }

        return null;
    }

    /// <summary>True when <paramref name="bytes"/> is valid UTF-8, allowing it to end inside a
    /// multi-byte sequence when <paramref name="isComplete"/> is false (the rest is still to come).</summary>
    public static bool IsValid(ReadOnlySpan<byte> bytes, bool isComplete)
    {
        if (Utf8.IsValid(bytes))
        {
            return true;
        }

        return !isComplete && Utf8.IsValid(bytes[..StartOfIncompleteTail(bytes)]);
    }

    /// <summary>Where a multi-byte sequence cut off by the end of <paramref name="bytes"/> begins
    /// (the length when none is cut off).</summary>
    private static int StartOfIncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? bytes.Length - back : bytes.Length;
        }

        return bytes.Length;
    }
}
