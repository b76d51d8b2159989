using System.Text;
using Tocsin.Core.Stix;
using Tocsin.Testing;

namespace Tocsin.Core.Tests;

public sealed class StixBundleReaderBufferTests
{
    private static async Task<List<StixReadItem>> ReadAsync(Stream stream, int bufferSize) =>
        await StixBundleReader.ReadAsync(stream, bufferSize, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

    private static byte[] MixedBundle()
    {
        var longText = string.Concat(Enumerable.Repeat("long \\\"quoted\\\" text é ", 400));
        var json = "\uFEFF{ \"type\" : \"bundle\", \"id\":\"bundle--44af6c39-c09b-49c5-9de2-394224b04982\",\n \"x_meta\": {\"a\":[1,2,{\"b\":[]}]},\n \"objects\" : [\n"
            + Encoding.UTF8.GetString(GeneratedBundle.Object(0)) + ",\n  "
            + "{\"type\":\"note\",\"id\":\"note--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061\",\"content\":\"" + longText + "\",\"n\":[1e3, -0.5, {\"deep\":{\"er\":[[[]]]}}]}"
            + " , 7 , " + Encoding.UTF8.GetString(GeneratedBundle.Object(2)) + "\n ]\n}\n";
        return Encoding.UTF8.GetBytes(json);
    }

    [Fact]
    public async Task Objects_split_across_buffer_boundaries_keep_their_exact_bytes()
    {
        var bytes = MixedBundle();
        var expected = StixBundleReader.ReadAll(bytes).Select(Describe).ToList();

        foreach (var bufferSize in new[] { 16, 17, 31, 64, 100, 257, 1000, 4096 })
        {
            var items = await ReadAsync(new ChunkedStream(bytes, chunkSize: 7), bufferSize);

            Assert.Equal(expected, items.Select(Describe));
        }
    }

    [Fact]
    public async Task The_mixed_bundle_gives_objects_and_one_entry_error()
    {
        var items = await ReadAsync(new MemoryStream(MixedBundle()), bufferSize: 16);

        Assert.Equal([(0, null), (1, null), (2, "not-an-object"), (3, null)], items.Select(i => (i.Index, i.Error?.Code)));
    }

    [Fact]
    public async Task An_object_larger_than_the_buffer_is_read_whole()
    {
        var big = GeneratedBundle.Object(1, objectSize: 1_000_000);
        var bytes = GeneratedBundle.Head.Concat(big).Concat(GeneratedBundle.Tail).ToArray();

        var items = await ReadAsync(new MemoryStream(bytes), bufferSize: 16);

        Assert.Equal(big, Assert.Single(items).Object!.Json.ToArray());
    }

    [Fact]
    public async Task A_large_single_object_file_is_read_with_a_small_buffer()
    {
        var big = GeneratedBundle.Object(1, objectSize: 200_000);

        var items = await ReadAsync(new ChunkedStream(big, chunkSize: 1000), bufferSize: 16);

        Assert.Equal(big, Assert.Single(items).Object!.Json.ToArray());
    }

    [Fact]
    public async Task Truncation_at_any_point_is_reported_not_thrown()
    {
        var bytes = MixedBundle();

        for (var length = 0; length < bytes.Length; length += 97)
        {
            var items = await ReadAsync(new MemoryStream(bytes[..length]), bufferSize: 32);

            Assert.Equal(-1, items[^1].Index);
        }
    }

    [Fact]
    public async Task Reading_on_the_calling_thread_gives_the_same_items_as_reading_asynchronously()
    {
        var bytes = MixedBundle();

        foreach (var bufferSize in new[] { 16, 17, 31, 64, 100, 257, 1000, 4096 })
        {
            var expected = (await ReadAsync(new ChunkedStream(bytes, chunkSize: 7), bufferSize)).Select(Describe);

            var items = StixBundleReader.Read(new ChunkedStream(bytes, chunkSize: 7), bufferSize, TestContext.Current.CancellationToken);

            Assert.Equal(expected, items.Select(Describe));
        }
    }

    [Fact]
    public void Reading_on_the_calling_thread_reports_truncation_and_bad_bytes_as_items()
    {
        var bytes = MixedBundle();
        var truncated = StixBundleReader.Read(new MemoryStream(bytes[..(bytes.Length / 2)]), 32, TestContext.Current.CancellationToken).ToList();
        var utf16 = StixBundleReader.Read(new MemoryStream(Encoding.Unicode.GetBytes("{\"type\":\"bundle\"}")), 32, TestContext.Current.CancellationToken).ToList();

        Assert.Equal((-1, "not-json"), (truncated[^1].Index, truncated[^1].Error?.Code));
        Assert.Equal((-1, "not-utf8"), (Assert.Single(utf16).Index, utf16[0].Error?.Code));
    }

    [Fact]
    public void Reading_on_the_calling_thread_stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var items = StixBundleReader.Read(new MemoryStream(MixedBundle()), cancellation.Token);

        Assert.Throws<OperationCanceledException>(() => items.ToList());
    }

    private static string Describe(StixReadItem item) =>
        $"{item.Index}:{item.Error?.Code}:{(item.Object is null ? string.Empty : Convert.ToHexString(item.Object.Json.Span))}";
}
