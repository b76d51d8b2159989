using Tocsin.Core.Stix;

namespace Tocsin.Fuzz.Harnesses;

/// <summary>The STIX JSON reader and validator: what <c>tocsin validate</c>, import and TAXII posts run on a file.</summary>
/// <remarks>The reader promises never to throw for bad input (errors come as items), and the streaming path must
/// read exactly what the whole-buffer path reads, however the bytes arrive: the input is read both ways, the
/// stream a few bytes per read so that every buffer refill and resumption is exercised.</remarks>
public static class StixHarness
{
    /// <summary>Reads <paramref name="input"/> both ways, compares them and validates every object read.</summary>
    public static void Run(byte[] input)
    {
        var whole = StixBundleReader.ReadAll(input);
        using var trickle = new TrickleStream(input, chunk: 1 + (input.Length % 7));
        var streamed = StixBundleReader.Read(trickle, CancellationToken.None).ToList();
        CompareReads(whole, streamed);
        foreach (var item in whole)
        {
            if (item.Object is { } stixObject)
            {
                StixValidator.HasErrors(StixValidator.Validate(stixObject));
            }
        }
    }

    private static ReadOnlyMemory<byte> JsonOf(StixReadItem item) => item.Object?.Json ?? ReadOnlyMemory<byte>.Empty;

    private static void CompareReads(IReadOnlyList<StixReadItem> whole, List<StixReadItem> streamed)
    {
        if (whole.Count != streamed.Count)
        {
            throw new FuzzFindingException($"ReadAll yielded {whole.Count} items, the streaming reader {streamed.Count}.");
        }

        for (var i = 0; i < whole.Count; i++)
        {
            var (a, b) = (whole[i], streamed[i]);
            if (a.Index != b.Index || a.Error?.Code != b.Error?.Code
                || !JsonOf(a).Span.SequenceEqual(JsonOf(b).Span))
            {
                throw new FuzzFindingException($"Item {i} differs: ReadAll gave #{a.Index} {a.Error?.Code}, the streaming reader #{b.Index} {b.Error?.Code}.");
            }
        }
    }
}
