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
        const long limit = 32L * 1024 * 1024;
        var stream = new GeneratedBundleStream(count, objectSize);
        long peakLiveHeap = 0;
        var read = 0;

        await foreach (var item in StixBundleReader.ReadAsync(stream, TestContext.Current.CancellationToken))
        {
            Assert.Null(item.Error);
            if (++read % 10_000 == 0)
            {
                // Live memory only (after a full collection): what the reader keeps, not what it has let go.
                peakLiveHeap = Math.Max(peakLiveHeap, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        Assert.True(stream.Produced >= 60_000_000, $"the bundle was only {stream.Produced} bytes");
        Assert.True(read == count && peakLiveHeap < limit, $"read {read} objects of {stream.Produced} bytes with a peak live heap of {peakLiveHeap} bytes");
    }
}
