using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace Tocsin.Storage.Sharing;

/// <summary>The opaque <c>next</c> cursor of a partner view: a format byte, the last <c>date_added</c>
/// served and a tag of the partner it was issued to, as base64url.</summary>
/// <remarks>A cursor presented by another principal, or a collection cursor, is not a cursor of this view:
/// it fails as <c>invalid-cursor</c> and reveals nothing.</remarks>
internal static class PartnerViewCursor
{
    private const byte FormatVersion = 2;
    private const int Length = 1 + 8 + 8;

    public static string Encode(Guid partnerId, DateAddedStamp last)
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..9], last.Microseconds);
        Tag(partnerId, bytes[9..]);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(Guid partnerId, string? cursor, out DateAddedStamp after)
    {
        after = default;
        Span<byte> bytes = stackalloc byte[Length + 3];
        Span<byte> tag = stackalloc byte[8];
        if (cursor is null || cursor.Length > 32
            || !Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != Length || bytes[0] != FormatVersion)
        {
            return false;
        }

        Tag(partnerId, tag);
        after = new DateAddedStamp(BinaryPrimitives.ReadInt64BigEndian(bytes[1..9]));
        return CryptographicOperations.FixedTimeEquals(tag, bytes[9..Length]) && after.Microseconds >= 0;
    }

    private static void Tag(Guid partnerId, Span<byte> destination)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(partnerId.ToByteArray(), hash);
        hash[..8].CopyTo(destination);
    }
}
