using System.Text;
using Tocsin.Core.Stix;
using Tocsin.Testing;

namespace Tocsin.Core.Tests;

/// <summary><see cref="StixObject.FromStored"/> reads the common properties in one pass, lazily, and must read them
/// exactly as <see cref="StixObject.Parse"/> reads them from a tree.</summary>
public sealed class StoredObjectReadingTests
{
    public static TheoryData<string> Bundles => [.. SampleBundles.Bundles()];

    [Theory]
    [MemberData(nameof(Bundles))]
    public async Task Every_sample_object_reads_the_same_stored_as_parsed(string file)
    {
        await using var stream = SampleBundles.Open(file);
        var compared = 0;
        await foreach (var item in StixBundleReader.ReadAsync(stream, TestContext.Current.CancellationToken))
        {
            if (item.Object is { } parsed)
            {
                AssertSame(parsed, Stored(parsed.Json));
                compared++;
            }
        }

        Assert.True(compared > 0, file);
    }

    [Theory]
    // A property of the wrong type reads as absent; non-string items of the marking list are left out.
    [InlineData("""{"type":"indicator","id":"indicator--1","spec_version":2.1,"created":7,"modified":null,"created_by_ref":["x"],"revoked":"true","object_marking_refs":["a",1,{"b":2},"c",null]}""")]
    // Of duplicate names the last wins, as a tree's look-up finds it.
    [InlineData("""{"type":"indicator","id":"indicator--1","revoked":true,"revoked":false,"object_marking_refs":["a"],"object_marking_refs":"b","created":"2024-01-01T00:00:00Z","created":"2024-02-01T00:00:00.123Z"}""")]
    [InlineData("""{"type":"indicator","id":"indicator--1","revoked":false,"revoked":true,"modified":"bad","modified":"2024-03-01T10:00:00.5Z"}""")]
    // Escaped names are the names they spell; nested members of the same names are not the object's.
    [InlineData("""{"\u0074ype":"note","id":"note--1","\u0063reated_by_ref":"identity--\u0041","x":{"created_by_ref":"identity--z","revoked":true,"object_marking_refs":["n"]},"y":[{"modified":"2020-01-01T00:00:00Z"}]}""")]
    // Absent properties.
    [InlineData("""{"type":"ipv4-addr","id":"ipv4-addr--1","value":"198.51.100.1"}""")]
    public void Odd_shapes_read_the_same_stored_as_parsed(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var parsed = StixObject.Parse(bytes).Value;

        AssertSame(parsed, Stored(bytes));
    }

    [Fact]
    public void A_stored_version_reads_nothing_until_asked_and_then_parses_its_tree()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"type":"indicator","id":"indicator--1","created":"2024-01-01T00:00:00Z","modified":"2024-01-02T00:00:00Z","granular_markings":[{"marking_ref":"m","selectors":["name"]}]}""");
        var stored = StixObject.FromStored(bytes, "indicator--1", "indicator", "stored-key");

        // The version key is the store's, as it was computed when the version was written.
        Assert.Equal("stored-key", stored.VersionKey);
        Assert.Equal(StixObjectCategory.DomainObject, stored.Category);
        Assert.Equal(StixTimestamp.Parse("2024-01-02T00:00:00Z"), stored.Modified);
        Assert.Equal("m", stored.Root.GetProperty("granular_markings")[0].GetProperty("marking_ref").GetString());
        Assert.Equal(StixObject.Parse(bytes).Value.ContentHash.ToArray(), stored.ContentHash.ToArray());
    }

    [Fact]
    public void Bytes_that_are_not_an_object_fail_when_first_read()
    {
        var stored = StixObject.FromStored("[1,2]"u8.ToArray(), "indicator--1", "indicator", "k");

        Assert.Throws<InvalidOperationException>(() => stored.Modified);
    }

    private static StixObject Stored(ReadOnlyMemory<byte> json)
    {
        var parsed = StixObject.Parse(json).Value;
        return StixObject.FromStored(json, parsed.Id, parsed.Type, parsed.VersionKey);
    }

    private static void AssertSame(StixObject parsed, StixObject stored)
    {
        Assert.Equal(parsed.Id, stored.Id);
        Assert.Equal(parsed.Type, stored.Type);
        Assert.Equal(parsed.Category, stored.Category);
        Assert.Equal(parsed.SpecVersion, stored.SpecVersion);
        Assert.Equal(parsed.Created, stored.Created);
        Assert.Equal(parsed.Modified, stored.Modified);
        Assert.Equal(parsed.CreatedByRef, stored.CreatedByRef);
        Assert.Equal(parsed.Revoked, stored.Revoked);
        Assert.Equal(parsed.ObjectMarkingRefs, stored.ObjectMarkingRefs);
        Assert.Equal(parsed.VersionKey, stored.VersionKey);
        Assert.Equal(parsed.ContentHash.ToArray(), stored.ContentHash.ToArray());
    }
}
