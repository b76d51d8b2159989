using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Tocsin.Core;
using Tocsin.Server.Hosting;

namespace Tocsin.Server.Recipients;

/// <summary>Issues and checks the tokens of report links. A token is base64url of <c>posture (16) | recipient (16) |
/// expiry in Unix seconds (8) | HMAC-SHA256 of those 40 bytes (32)</c>, under a key kept in <c>report-link-key.bin</c>
/// in the data directory (<see cref="SharedKeyFile"/>: shared by every node, mode 600, apart from the database). It
/// cannot be guessed or altered, names exactly one posture and recipient, and holds no secret of the recipient's.</summary>
public sealed class ReportLinks
{
    /// <summary>The key file's name in the data directory.</summary>
    public const string KeyFileName = "report-link-key.bin";

    private const int PayloadLength = 40;
    private readonly byte[] _key;

    private ReportLinks(byte[] key) => _key = key;

    /// <summary>The links of <paramref name="dataDirectory"/>, creating the key when missing.</summary>
    public static ReportLinks OpenOrCreate(string dataDirectory) => new(SharedKeyFile.ReadOrCreate(dataDirectory, KeyFileName, 32));

    /// <summary>The token for <paramref name="link"/>.</summary>
    public string Issue(ReportLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var bytes = new byte[PayloadLength + HMACSHA256.HashSizeInBytes];
        link.PostureId.TryWriteBytes(bytes.AsSpan(0, 16));
        link.SubscriberId.TryWriteBytes(bytes.AsSpan(16, 16));
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(32, 8), link.ExpiresAt.ToUnixTimeSeconds());
        HMACSHA256.HashData(_key, bytes.AsSpan(0, PayloadLength), bytes.AsSpan(PayloadLength));
        return WebEncoders.Base64UrlEncode(bytes);
    }

    /// <summary>The link <paramref name="token"/> grants at <paramref name="now"/>. Fails with
    /// <c>report-link-invalid</c> (malformed or forged: the MAC is compared in constant time) or
    /// <c>report-link-expired</c>.</summary>
    public Result<ReportLink> Check(string? token, DateTimeOffset now)
    {
        var invalid = new Error("report-link-invalid", "This report link is not valid.").As(ErrorKind.Forbidden);
        if (string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return invalid;
        }

        byte[] bytes;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(token);
        }
        catch (FormatException)
        {
            return invalid;
        }

        if (bytes.Length != PayloadLength + HMACSHA256.HashSizeInBytes)
        {
            return invalid;
        }

        var expected = HMACSHA256.HashData(_key, bytes.AsSpan(0, PayloadLength));
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(PayloadLength)))
        {
            return invalid;
        }

        var link = new ReportLink(new Guid(bytes.AsSpan(0, 16)), new Guid(bytes.AsSpan(16, 16)),
            DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(32, 8))));
        return link.ExpiresAt <= now
            ? new Error("report-link-expired", "This report link has expired; ask the coordinating body for a reminder, which carries a new one.").As(ErrorKind.Forbidden)
            : link;
    }
}
