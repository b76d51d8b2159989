namespace Tocsin.Testing;

/// <summary>A read-only stream that produces a <see cref="GeneratedBundle"/> of
/// <c>count</c> objects on the fly, so that a test can read a bundle of hundreds of megabytes
/// without holding it in memory or on disk.</summary>
public sealed class GeneratedBundleStream(int count, int objectSize = 300) : Stream
{
    private byte[] _pending = GeneratedBundle.Head;
    private int _offset;
    private int _next;
    private bool _tailQueued;

    /// <summary>Total bytes produced so far.</summary>
    public long Produced { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Produced;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && Refill())
        {
            var n = Math.Min(buffer.Length - written, _pending.Length - _offset);
            _pending.AsSpan(_offset, n).CopyTo(buffer[written..]);
            _offset += n;
            written += n;
        }

        Produced += written;
        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Makes sure <c>_pending</c> has unread bytes; false at the end of the bundle.</summary>
    private bool Refill()
    {
        if (_offset < _pending.Length)
        {
            return true;
        }

        _offset = 0;
        if (_next < count)
        {
            var json = GeneratedBundle.Object(_next, objectSize);
            _pending = _next == 0 ? json : [(byte)',', .. json];
            _next++;
            return true;
        }

        if (!_tailQueued)
        {
            _tailQueued = true;
            _pending = GeneratedBundle.Tail;
            return true;
        }

        _pending = [];
        return false;
    }
}
