using System.Net;
using System.Net.Http.Headers;

namespace Tocsin.Server.Tests.Operations;

/// <summary>A JSON request body whose first bytes are sent (and flushed, so the server has the request) and whose rest
/// is held until <see cref="Release"/>: a request kept in progress for as long as a test needs.</summary>
internal sealed class HeldContent : HttpContent
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly byte[] _first;
    private readonly byte[] _rest;

    public HeldContent(byte[] first, byte[] rest)
    {
        _first = first;
        _rest = rest;
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    public void Release() => _released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_first);
        await stream.FlushAsync();
        await _released.Task;
        await stream.WriteAsync(_rest);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
