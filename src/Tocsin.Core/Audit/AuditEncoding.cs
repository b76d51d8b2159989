using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Tocsin.Core.Audit;

/// <summary>The canonical encoding of an audit entry and its hash. The encoding is the RFC 8785 (JCS)
/// JSON object of every field but <c>hash</c>:
/// <c>{"action","actor","at","details","prev_hash","sequence","subject"}</c> in that (sorted) order,
/// <c>at</c> and <c>sequence</c> as integers, <c>prev_hash</c> as lower-case hex and <c>details</c> as the
/// stored canonical JSON object, byte for byte. The hash is SHA-256 of those UTF-8 bytes.</summary>
/// <remarks>Strings are escaped as RFC 8785 requires: <c>\"</c>, <c>\\</c>, <c>\b \t \n \f \r</c>, other
/// controls as <c>\u00xx</c> (lower-case hex); everything else, non-ASCII included, is written as UTF-8.
/// Integers stay below 2^53, so every JCS implementation writes them alike.</remarks>
public static class AuditEncoding
{
    /// <summary>Length of a hash in bytes.</summary>
    public const int HashSize = SHA256.HashSizeInBytes;

    private static readonly byte[] Genesis = new byte[HashSize];

    /// <summary>The previous hash of the first entry: 32 zero bytes.</summary>
    public static ReadOnlyMemory<byte> GenesisHash => Genesis;

    /// <summary>The canonical bytes of <paramref name="entry"/> (its <c>Hash</c> is not part of them).</summary>
    public static byte[] Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var output = new ArrayBufferWriter<byte>(512);
        Write(entry.Sequence, entry.At, Encoding.UTF8.GetBytes(entry.Actor), Encoding.UTF8.GetBytes(entry.Action),
            Encoding.UTF8.GetBytes(entry.Subject), Encoding.UTF8.GetBytes(entry.Details), entry.PreviousHash.Span, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The SHA-256 of the canonical bytes of an entry with these fields.</summary>
    public static byte[] Hash(long sequence, long at, string actor, string action, string subject, string details, ReadOnlySpan<byte> previousHash)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(details);
        var output = new ArrayBufferWriter<byte>(512);
        Write(sequence, at, Encoding.UTF8.GetBytes(actor), Encoding.UTF8.GetBytes(action), Encoding.UTF8.GetBytes(subject),
            Encoding.UTF8.GetBytes(details), previousHash, output);
        return SHA256.HashData(output.WrittenSpan);
    }

    /// <summary>Writes the canonical bytes of an entry given as UTF-8 fields (the allocation-free path
    /// verification uses).</summary>
    /// <exception cref="ArgumentException"><paramref name="previousHash"/> is not 32 bytes long.</exception>
    public static void Write(long sequence, long at, ReadOnlySpan<byte> actor, ReadOnlySpan<byte> action, ReadOnlySpan<byte> subject,
        ReadOnlySpan<byte> details, ReadOnlySpan<byte> previousHash, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (previousHash.Length != HashSize)
        {
            throw new ArgumentException($"A previous hash is {HashSize} bytes long.", nameof(previousHash));
        }

        Raw("{\"action\":"u8, output);
        String(action, output);
        Raw(",\"actor\":"u8, output);
        String(actor, output);
        Raw(",\"at\":"u8, output);
        Integer(at, output);
        Raw(",\"details\":"u8, output);
        Raw(details, output);
        Raw(",\"prev_hash\":\""u8, output);
        Hex(previousHash, output);
        Raw("\",\"sequence\":"u8, output);
        Integer(sequence, output);
        Raw(",\"subject\":"u8, output);
        String(subject, output);
        Raw("}"u8, output);
    }

    private static void Raw(ReadOnlySpan<byte> bytes, IBufferWriter<byte> output)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    private static void Integer(long value, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        output.Advance(written);
    }

    private static void Hex(ReadOnlySpan<byte> bytes, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(bytes.Length * 2);
        Convert.TryToHexStringLower(bytes, span, out var written);
        output.Advance(written);
    }

    private static void String(ReadOnlySpan<byte> utf8, IBufferWriter<byte> output)
    {
        // Worst case: every byte a control character written as \u00xx (6 bytes), plus the quotes.
        var span = output.GetSpan((utf8.Length * 6) + 2);
        var n = 0;
        span[n++] = (byte)'"';
        foreach (var b in utf8)
        {
            switch (b)
            {
                case (byte)'"': span[n++] = (byte)'\\'; span[n++] = (byte)'"'; break;
                case (byte)'\\': span[n++] = (byte)'\\'; span[n++] = (byte)'\\'; break;
                case (byte)'\b': span[n++] = (byte)'\\'; span[n++] = (byte)'b'; break;
                case (byte)'\f': span[n++] = (byte)'\\'; span[n++] = (byte)'f'; break;
                case (byte)'\n': span[n++] = (byte)'\\'; span[n++] = (byte)'n'; break;
                case (byte)'\r': span[n++] = (byte)'\\'; span[n++] = (byte)'r'; break;
                case (byte)'\t': span[n++] = (byte)'\\'; span[n++] = (byte)'t'; break;
                case < 0x20:
                    "\\u00"u8.CopyTo(span[n..]);
                    n += 4;
                    span[n++] = HexDigit(b >> 4);
                    span[n++] = HexDigit(b & 0xf);
                    break;
                default: span[n++] = b; break;
            }
        }

        span[n++] = (byte)'"';
        output.Advance(n);
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'a' + value - 10);
}
