using System.Buffers.Text;

namespace Tocsin.Server.Webhooks;

/// <summary>The opaque <c>next</c> cursor of a subscriber's delivery history: base64url of a format byte and the id of the
/// last delivery served. A page continues strictly below that id (ids are UUIDv7, ordered by when they were enqueued).</summary>
public static class DeliveryCursor
{
    private const byte FormatVersion = 1;

    /// <summary>The cursor continuing after <paramref name="last"/>.</summary>
    public static string Encode(Guid last)
    {
        Span<byte> bytes = stackalloc byte[17];
        bytes[0] = FormatVersion;
        last.TryWriteBytes(bytes[1..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Reads a cursor; false when <paramref name="cursor"/> is not one <see cref="Encode"/> made.</summary>
    public static bool TryDecode(string? cursor, out Guid last)
    {
        last = Guid.Empty;
        Span<byte> bytes = stackalloc byte[24];
        if (cursor is null || cursor.Length != 23
            || !Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != 17 || bytes[0] != FormatVersion)
        {
            return false;
        }

        last = new Guid(bytes[1..17], bigEndian: true);
        return true;
    }
}
