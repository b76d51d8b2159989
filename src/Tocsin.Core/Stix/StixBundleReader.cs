using System.Runtime.CompilerServices;
using Tocsin.Core.Stix.Reading;

namespace Tocsin.Core.Stix;

/// <summary>Reads a STIX file — a bundle (STIX 2.1 §8) or a single object — from UTF-8 JSON and yields
/// its objects one by one with the exact bytes of each.</summary>
/// <remarks>
/// Streaming: memory is bounded by the largest single object (about twice its size), not by the file,
/// so a bundle of any size can be read. Bad input never throws: it comes as items with an
/// <see cref="Error"/>. Error codes: <c>not-utf8</c> (UTF-16/UTF-32 or invalid UTF-8; a UTF-8
/// byte-order mark is accepted and skipped), <c>not-json</c> (including empty or truncated files and
/// text after the JSON value), <c>not-stix</c> (top-level value not an object),
/// <c>bundle-objects-not-array</c>, <c>bundle-objects-duplicate</c>, <c>duplicate-type</c> (a second top-level
/// <c>type</c> member), <c>not-a-bundle</c>, <c>bundle-id</c> (a
/// bundle without an <c>id</c> of the form <c>bundle--UUID</c>, STIX 2.1 §8.1: a last item, after its objects), and, per
/// entry, <c>not-an-object</c> or the errors of <see cref="StixObject.Parse"/>.
/// <para>Bundle or single object, whatever the member order (writers that sort keys put
/// <c>type</c> after <c>objects</c>): a top-level object with an <c>objects</c> array, or with
/// <c>"type": "bundle"</c>, is a bundle; a bundle without <c>objects</c> yields nothing (that is
/// legal). If the <c>objects</c> array comes with a missing or other <c>type</c>, its entries are
/// still yielded and a last item (index -1, <c>not-a-bundle</c>) reports that the file is not a valid
/// bundle; the caller decides whether to keep what it read. Any other top-level object is a single
/// STIX object, yielded with index 0.</para>
/// </remarks>
public static class StixBundleReader
{
    /// <summary>Initial buffer size; the buffer grows only for objects that do not fit.</summary>
    internal const int DefaultBufferSize = 64 * 1024;

    /// <summary>Yields every object of the file at <paramref name="utf8Json"/>. Problems with the file
    /// as a whole (not JSON, not UTF-8, neither a bundle nor an object) come as one item with index -1,
    /// after which nothing more is yielded; a bad entry inside a bundle comes as an item with its index.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async IAsyncEnumerable<StixReadItem> ReadAsync(Stream utf8Json, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in ReadAsync(utf8Json, DefaultBufferSize, cancellationToken))
        {
            yield return item;
        }
    }

    /// <summary>Yields the same items as <see cref="ReadAsync(Stream, CancellationToken)"/>, streaming too, but reads
    /// <paramref name="utf8Json"/> on the calling thread.</summary>
    /// <remarks>For a process that reads one local file and has nothing else to do meanwhile (<c>tocsin validate</c>):
    /// on Linux an asynchronous file read is a synchronous read on a thread-pool thread, so each refill would
    /// wake a worker and hand the rest of the loop over to it, which costs a short command more than the read.</remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IEnumerable<StixReadItem> Read(Stream utf8Json, CancellationToken cancellationToken) =>
        Read(utf8Json, DefaultBufferSize, cancellationToken);

    /// <summary>Reads the complete file <paramref name="utf8Json"/> at once, with the same items and
    /// rules as <see cref="ReadAsync(Stream, CancellationToken)"/>; for small inputs and tests.</summary>
    public static IReadOnlyList<StixReadItem> ReadAll(ReadOnlyMemory<byte> utf8Json)
    {
        var items = new List<StixReadItem>();
        using var scanner = BundleScanner.ForComplete(utf8Json.Span);
        while (scanner.Advance(out var item) == ScanStep.Item)
        {
            items.Add(item!);
        }

        return items;
    }

    /// <summary><see cref="ReadAsync(Stream, CancellationToken)"/> with an initial buffer of
    /// <paramref name="bufferSize"/> bytes (tests use tiny buffers to exercise refills).</summary>
    internal static async IAsyncEnumerable<StixReadItem> ReadAsync(Stream utf8Json, int bufferSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var scanner = new BundleScanner(bufferSize);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (scanner.Advance(out var item))
            {
                case ScanStep.Item:
                    yield return item!;
                    break;
                case ScanStep.NeedData:
                    await scanner.FillAsync(utf8Json, cancellationToken);
                    break;
                case ScanStep.Done:
                    yield break;
            }
        }
    }

    /// <summary><see cref="Read(Stream, CancellationToken)"/> with an initial buffer of <paramref name="bufferSize"/> bytes.</summary>
    internal static IEnumerable<StixReadItem> Read(Stream utf8Json, int bufferSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var scanner = new BundleScanner(bufferSize);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (scanner.Advance(out var item))
            {
                case ScanStep.Item:
                    yield return item!;
                    break;
                case ScanStep.NeedData:
                    scanner.Fill(utf8Json);
                    break;
                case ScanStep.Done:
                    yield break;
            }
        }
    }
}
