using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Writing;
using Tocsin.Testing;

namespace Tocsin.Core.Tests;

public sealed class SampleBundleRoundTripTests
{
    public static TheoryData<string> Bundles => [.. SampleBundles.Bundles()];

    public static TheoryData<string> AllFiles => [.. SampleBundles.All()];

    private static async Task<List<StixReadItem>> ReadAsync(Stream stream)
    {
        await using (stream)
        {
            return await StixBundleReader.ReadAsync(stream, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public void The_samples_are_in_the_test_output()
    {
        Assert.True(SampleBundles.All().Count >= 50, $"only {SampleBundles.All().Count} samples under {SampleBundles.Root}");
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public async Task Every_sample_bundle_reads_without_errors(string file)
    {
        var items = await ReadAsync(SampleBundles.Open(file));

        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.True(item.Error is null, $"{file} #{item.Index}: {item.Error}"));
    }

    [Fact]
    public async Task The_upstream_files_without_bundle_type_yield_their_objects_then_not_a_bundle()
    {
        var extension = await ReadAsync(SampleBundles.Open(SampleBundles.NotBundles[0]));
        var tlpExample = await ReadAsync(SampleBundles.Open(SampleBundles.NotBundles[1]));

        Assert.Equal(
            [(0, "extension-definition", null), (-1, null, "not-a-bundle")],
            extension.Select(i => (i.Index, i.Object?.Type, i.Error?.Code)));
        Assert.Equal(
            [(0, "identity", null), (1, "threat-actor", null), (2, "relationship", null), (-1, null, "not-a-bundle")],
            tlpExample.Select(i => (i.Index, i.Object?.Type, i.Error?.Code)));
    }

    [Fact]
    public async Task The_invalid_created_timestamp_of_the_upstream_example_reads_as_absent()
    {
        var items = await ReadAsync(SampleBundles.Open(SampleBundles.NotBundles[1]));

        Assert.Null(items.Single(i => i.Object?.Type == "relationship").Object!.Created);
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public async Task Every_sample_round_trips_through_the_writer_byte_for_byte(string file)
    {
        var originals = (await ReadAsync(SampleBundles.Open(file))).Where(i => i.Object is not null).Select(i => i.Object!).ToList();
        var output = new MemoryStream();

        await StixBundleWriter.WriteAsync(output, originals, TestContext.Current.CancellationToken);
        var copies = StixBundleReader.ReadAll(output.ToArray());

        Assert.All(copies, item => Assert.Null(item.Error));
        Assert.Equal(originals.Select(o => Convert.ToHexString(o.Json.Span)), copies.Select(c => Convert.ToHexString(c.Object!.Json.Span)));
        Assert.Equal(
            originals.Select(o => Convert.ToHexString(JsonCanonicalizer.Canonicalize(o.Root))),
            copies.Select(c => Convert.ToHexString(JsonCanonicalizer.Canonicalize(c.Object!.Root))));
    }
}
