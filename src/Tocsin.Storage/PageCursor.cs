using System.Buffers.Binary;
using System.Buffers.Text;

namespace Tocsin.Storage;

/// <summary>The opaque <c>next</c> cursor of <see cref="ObjectPage"/>: the <c>date_added</c> of the last
/// version served, as base64url of a version byte and the big-endian microseconds.</summary>
/// <remarks>A page continues strictly after that stamp. Because new versions always get later stamps
/// (DESIGN "date_added"), a cursor stays valid and loses nothing while others write.</remarks>
public static class PageCursor
{
    private const byte FormatVersion = 1;

    /// <summary>The cursor continuing after <paramref name="last"/>.</summary>
    public static string Encode(DateAddedStamp last)
    {
        Span<byte> bytes = stackalloc byte[9];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], last.Microseconds);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Reads a cursor; false when <paramref name="cursor"/> is not one <see cref="Encode"/> made.</summary>
    public static bool TryDecode(string? cursor, out DateAddedStamp after)
    {
        after = default;
        Span<byte> bytes = stackalloc byte[12];
        if (cursor is null || cursor.Length != 12
            || !Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != 9 || bytes[0] != FormatVersion)
        {
            return false;
        }

        after = new DateAddedStamp(BinaryPrimitives.ReadInt64BigEndian(bytes[1..9]));
        return after.Microseconds >= 0;
    }
}
