using System.Buffers;

namespace Tocsin.Core.Stix.Reading;

/// <summary>The sliding byte window <see cref="BundleScanner"/> reads from: pooled, refilled from
/// a stream, and grown only when the bytes that must be kept fill more than half of it.</summary>
/// <remarks>Bytes before <see cref="Start"/> are consumed and may be dropped, except from
/// <see cref="Anchor"/> on: the start of the object being read, kept until its bytes are copied.
/// So the window is bounded by about twice the largest object, not by the file.</remarks>
internal sealed class ScanBuffer : IDisposable
{
    private byte[] _bytes;
    private int _validated; // [0, _validated) is known to be valid UTF-8

    public ScanBuffer(int size)
    {
        _bytes = ArrayPool<byte>.Shared.Rent(Math.Max(size, 16));
    }

    /// <summary>A buffer already holding the complete file <paramref name="content"/>.</summary>
    public static ScanBuffer ForComplete(ReadOnlySpan<byte> content)
    {
        var buffer = new ScanBuffer(content.Length);
        content.CopyTo(buffer._bytes);
        buffer.Filled = content.Length;
        buffer.IsFinal = true;
        return buffer;
    }

    /// <summary>The first unconsumed byte; the JSON reader resumes here.</summary>
    public int Start { get; private set; }

    /// <summary>How many bytes hold data.</summary>
    public int Filled { get; private set; }

    /// <summary>True once the stream has ended: no more bytes will come.</summary>
    public bool IsFinal { get; private set; }

    /// <summary>Start of bytes that must be kept although consumed, or -1.</summary>
    public int Anchor { get; set; } = -1;

    /// <summary>True when bytes dropped by a refill were not valid UTF-8.</summary>
    public bool Utf8Failed { get; private set; }

    /// <summary>The bytes not yet consumed.</summary>
    public ReadOnlySpan<byte> Unconsumed => _bytes.AsSpan(Start, Filled - Start);

    /// <summary>Everything held, from the start of the window.</summary>
    public ReadOnlySpan<byte> Held => _bytes.AsSpan(0, Filled);

    /// <summary>Marks <paramref name="count"/> more bytes as consumed.</summary>
    public void Consume(int count) => Start += count;

    /// <summary>A copy of the bytes [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public byte[] Copy(int from, int to) => _bytes.AsSpan(from, to - from).ToArray();

    /// <summary>Checks that the bytes up to <paramref name="end"/>, a token boundary, are UTF-8.</summary>
    public bool ValidateUpTo(int end)
    {
        if (end > _validated)
        {
            if (!Utf8Check.IsValid(_bytes.AsSpan(_validated, end - _validated), isComplete: true))
            {
                return false;
            }

            _validated = end;
        }

        return true;
    }

    /// <summary>True when the bytes not yet checked are UTF-8 (a sequence cut off at the end of
    /// the data is allowed until the stream ends).</summary>
    public bool RestIsUtf8() => Utf8Check.IsValid(_bytes.AsSpan(_validated, Filled - _validated), IsFinal);

    /// <summary>Drops consumed bytes and reads from <paramref name="stream"/> until the window is full
    /// or the stream ends.</summary>
    public async ValueTask FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        Compact();
        while (Filled < _bytes.Length && !IsFinal)
        {
            Received(await stream.ReadAsync(_bytes.AsMemory(Filled), cancellationToken));
        }
    }

    /// <summary><see cref="FillAsync"/> without leaving the calling thread.</summary>
    public void Fill(Stream stream)
    {
        Compact();
        while (Filled < _bytes.Length && !IsFinal)
        {
            Received(stream.Read(_bytes.AsSpan(Filled)));
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }

    private void Received(int read)
    {
        if (read == 0)
        {
            IsFinal = true;
        }
        else
        {
            Filled += read;
        }
    }

    private void Compact()
    {
        // Start is a token boundary, so no UTF-8 sequence is cut there.
        if (!ValidateUpTo(Start))
        {
            Utf8Failed = true;
        }

        var keep = Anchor >= 0 ? Math.Min(Start, Anchor) : Start;
        var kept = Filled - keep;
        if (kept > _bytes.Length / 2)
        {
            // Keep at least half the window free so that every fill makes real progress, even when
            // one token (a long string) must be scanned again from its start.
            var larger = ArrayPool<byte>.Shared.Rent(checked(_bytes.Length * 2));
            Buffer.BlockCopy(_bytes, keep, larger, 0, kept);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }
        else if (keep > 0)
        {
            Buffer.BlockCopy(_bytes, keep, _bytes, 0, kept);
        }

        Filled = kept;
        Start -= keep;
        _validated = Math.Max(_validated - keep, 0);
        Anchor = Anchor >= 0 ? Anchor - keep : -1;
    }
}
