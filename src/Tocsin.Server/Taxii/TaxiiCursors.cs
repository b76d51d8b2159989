using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Tocsin.Server.Hosting;

namespace Tocsin.Server.Taxii;

/// <summary>Binds the store's paging cursor to who pages and what they page through: the <c>next</c>
/// a client sees is <c>storeCursor.mac</c>, with an HMAC-SHA256 over the cursor, the principal and the
/// request's scope (endpoint, root, collection and filters). A cursor replayed by another principal or with
/// changed filters fails verification and is a 400 that reveals nothing.</summary>
/// <remarks>The key is <c>cursor-key.bin</c> in the data directory (<see cref="SharedKeyFile"/>), not a key of the
/// process: behind a load balancer the next page may be asked of another node, which must accept the cursor, and a
/// restart must not break a client's paging. It sits with the other keys every node shares (the signing keys,
/// <c>webhook-key.bin</c>) rather than in the database, so that a copy of the database alone cannot forge a
/// cursor. Deleting the file (all nodes stopped) invalidates every outstanding cursor; clients then restart from
/// their last <c>added_after</c>.</remarks>
public sealed class TaxiiCursors
{
    /// <summary>The key file's name in the data directory.</summary>
    public const string KeyFileName = "cursor-key.bin";

    private const int KeyLength = 32;
    private const int MacBytes = 16;
    private readonly byte[] _key;

    private TaxiiCursors(byte[] key) => _key = key;

    /// <summary>The cursors of the installation whose data directory is <paramref name="dataDirectory"/>, creating
    /// its key when missing.</summary>
    /// <exception cref="InvalidOperationException">The key file exists with the wrong length.</exception>
    public static TaxiiCursors OpenOrCreate(string dataDirectory) =>
        new(SharedKeyFile.ReadOrCreate(dataDirectory, KeyFileName, KeyLength));

    /// <summary>The <c>next</c> value to give the client.</summary>
    public string Bind(string storeCursor, Guid principalId, string scope)
    {
        ArgumentNullException.ThrowIfNull(storeCursor);
        return storeCursor + "." + Base64Url.EncodeToString(Mac(storeCursor, principalId, scope));
    }

    /// <summary>The store cursor inside <paramref name="next"/>, or null when it was not issued for this
    /// principal and scope.</summary>
    public string? Unbind(string next, Guid principalId, string scope)
    {
        ArgumentNullException.ThrowIfNull(next);
        var dot = next.LastIndexOf('.');
        if (dot <= 0 || next.Length > 256)
        {
            return null;
        }

        var storeCursor = next[..dot];
        Span<byte> presented = stackalloc byte[MacBytes + 2];
        // The status form, not TryDecodeFromChars: that one throws on characters a forged cursor may well hold.
        if (Base64Url.DecodeFromChars(next.AsSpan(dot + 1), presented, out _, out var written) != OperationStatus.Done || written != MacBytes)
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(presented[..MacBytes], Mac(storeCursor, principalId, scope)) ? storeCursor : null;
    }

    private byte[] Mac(string storeCursor, Guid principalId, string scope)
    {
        var input = Encoding.UTF8.GetBytes($"{principalId:D}\n{scope}\n{storeCursor}");
        return HMACSHA256.HashData(_key, input)[..MacBytes];
    }
}
