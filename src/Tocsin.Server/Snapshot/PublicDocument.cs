using System.IO.Compression;

namespace Tocsin.Server.Snapshot;

/// <summary>One public document as it is served: its exact bytes, the ETag computed over them once, and its Brotli and
/// gzip forms, each compressed once (at the smallest size, not the fastest) the first time a reader asks for it.</summary>
/// <param name="Bytes">The identity bytes.</param>
/// <param name="ETag">The strong ETag of <paramref name="Bytes"/>.</param>
public sealed record PublicDocument(byte[] Bytes, string ETag)
{
    private readonly Lazy<byte[]> _brotli = new(() => Compress(Bytes, stream => new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true)));
    private readonly Lazy<byte[]> _gzip = new(() => Compress(Bytes, stream => new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true)));

    /// <summary>The bytes in <paramref name="encoding"/>: <see cref="ContentEncoding.Brotli"/>, <see cref="ContentEncoding.Gzip"/> or
    /// <see cref="ContentEncoding.Identity"/>.</summary>
    public byte[] In(ContentEncoding encoding) => encoding switch
    {
        ContentEncoding.Brotli => _brotli.Value,
        ContentEncoding.Gzip => _gzip.Value,
        _ => Bytes,
    };

    /// <summary>The ETag of the bytes in <paramref name="encoding"/>: the weak form of <see cref="ETag"/> once compressed,
    /// since a strong ETag names exact bytes (RFC 9110 §8.8.1) and If-None-Match compares weakly either way.</summary>
    public string ETagIn(ContentEncoding encoding) => encoding == ContentEncoding.Identity ? ETag : "W/" + ETag;

    // Equality stays that of the bytes and the tag: the compressed forms are derived from them.
    public bool Equals(PublicDocument? other) =>
        other is not null && ETag == other.ETag && Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override int GetHashCode() => ETag.GetHashCode(StringComparison.Ordinal);

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream();
        using (var stream = encoder(output))
        {
            stream.Write(bytes);
        }

        return output.ToArray();
    }
}
