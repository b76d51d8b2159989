using Tocsin.Core.Stix;
using Tocsin.Testing;

namespace Tocsin.Core.Tests;

// Measures the whole process heap, so it must not run alongside other tests.
[CollectionDefinition(nameof(StixBundleReaderMemoryTests), DisableParallelization = true)]
public sealed class StixBundleReaderMemoryCollection;

[Collection(nameof(StixBundleReaderMemoryTests))]
public sealed class StixBundleReaderMemoryTests
{
    [Fact]
    public async Task A_60_MB_bundle_is_read_in_flat_memory()
    {
        const int count = 100_000;
        const int objectSize = 600;
        const long limit = 16L * 1024 * 1024;
        // Other tests of this process keep their own data alive (e.g. territory outlines): measure
        // only what reading adds on top of the heap as it was before.
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var stream = new GeneratedBundleStream(count, objectSize);
        long peakLiveHeap = 0;
        var read = 0;

        await foreach (var item in StixBundleReader.ReadAsync(stream, TestContext.Current.CancellationToken))
        {
            Assert.Null(item.Error);
            if (++read % 10_000 == 0)
            {
                // Live memory only (after a full collection): what the reader keeps, not what it has let go.
                peakLiveHeap = Math.Max(peakLiveHeap, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        Assert.True(stream.Produced >= 60_000_000, $"the bundle was only {stream.Produced} bytes");
        Assert.True(read == count && peakLiveHeap < limit, $"read {read} objects of {stream.Produced} bytes with the live heap growing by at most {peakLiveHeap} bytes");
    }
}
