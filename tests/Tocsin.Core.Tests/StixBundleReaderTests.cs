using System.Text;
using Tocsin.Core.Stix;
using Tocsin.Testing;

namespace Tocsin.Core.Tests;

public sealed class StixBundleReaderTests
{
    private const string Indicator =
        """{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2016-01-01T00:00:00Z"}""";

    private const string Identity =
        """{"type":"identity","spec_version":"2.1","id":"identity--311b2d2d-f010-4473-83ec-1edf84858f4c","created":"2015-12-21T19:59:11Z","modified":"2015-12-21T19:59:11Z","name":"Cole Powers","identity_class":"individual"}""";

    private static IReadOnlyList<StixReadItem> Read(string json) => StixBundleReader.ReadAll(Encoding.UTF8.GetBytes(json));

    private static string Text(StixReadItem item) => Encoding.UTF8.GetString(item.Object!.Json.Span);

    [Fact]
    public async Task A_bundle_of_many_objects_is_read_in_order()
    {
        var bytes = GeneratedBundle.Bytes(20_000);

        var items = await StixBundleReader.ReadAsync(new MemoryStream(bytes), bufferSize: 256, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(
            Enumerable.Range(0, 20_000).Select(i => (i, (string?)GeneratedBundle.IdOf(i), (Error?)null)),
            items.Select(item => (item.Index, item.Object?.Id, item.Error)));
    }

    [Fact]
    public async Task The_public_reader_gives_the_same_items_as_ReadAll()
    {
        var bytes = Encoding.UTF8.GetBytes($$"""{"type":"bundle","id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","objects":[{{Indicator}},{{Identity}}]}""");

        var items = await StixBundleReader.ReadAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(StixBundleReader.ReadAll(bytes).Select(Text), items.Select(Text));
    }

    [Fact]
    public void Each_object_keeps_its_exact_bytes()
    {
        const string odd = "{ \"type\" : \"x-custom\",\n\t\"id\":\"x-custom--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\", \"n\": 1.50E2, \"s\": \"caf\\u00e9 \\/ é\" }";

        var items = Read($$"""{"type":"bundle","id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","objects":[ {{odd}} ,{{Indicator}}]}""");

        Assert.Equal([odd, Indicator], items.Select(Text));
    }

    [Fact]
    public void A_file_holding_one_object_is_one_item_with_index_0()
    {
        var items = Read("\n  " + Indicator + "  \n");

        var item = Assert.Single(items);
        Assert.Equal((0, Indicator, null), (item.Index, Text(item), item.Error));
    }

    [Fact]
    public void An_object_with_an_objects_dictionary_is_a_single_object()
    {
        const string observed = """{"type":"observed-data","id":"observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf","objects":{"0":{"type":"file","name":"a.exe"}},"number_observed":1}""";

        var item = Assert.Single(Read(observed));

        Assert.Equal((0, "observed-data"), (item.Index, item.Object!.Type));
    }

    [Fact]
    public void A_bundle_whose_type_comes_after_its_objects_is_read_as_a_bundle()
    {
        var items = Read($$"""{"id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","objects":[{{Indicator}},{{Identity}}],"type":"bundle"}""");

        Assert.Equal([(0, "indicator", false), (1, "identity", false)], items.Select(i => (i.Index, i.Object!.Type, i.Error is not null)));
    }

    [Fact]
    public void An_escaped_member_name_is_understood()
    {
        var items = Read($$"""{"\u0074ype":"bundle","id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","obj\u0065cts":[{{Identity}}]}""");

        Assert.Equal("identity", Assert.Single(items).Object!.Type);
    }

    // Found by fuzzing (fuzz/corpus/stix/crash-lone-surrogate-*.json): comparing such a name with "type" threw.
    [Theory]
    [InlineData("""{"\ud800":1,"type":"indicator"}""")]
    [InlineData("""{"type":"\udfff","id":"x"}""")]
    [InlineData("""{"x":0,"\ud83d":[],"objects":{}}""")]
    public void A_member_name_or_type_that_is_a_lone_surrogate_is_refused_as_not_Unicode(string json)
    {
        var items = Read(json);

        Assert.Equal([(0, "lone-surrogate")], items.Select(i => (i.Index, i.Error?.Code)));
    }

    // Found by fuzzing (fuzz/corpus/stix/crash-duplicate-type-*.json): a second 'type' turned a file already read
    // as a bundle back into a single object whose start was no longer known, and reading threw.
    [Theory]
    [InlineData("""{"type":"bundle","id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","type":"identity","name":"x"}""")]
    [InlineData("""{"type":"identity","type":"bundle","objects":[]}""")]
    public void A_second_type_member_is_a_file_error(string json)
    {
        var items = Read(json);

        Assert.Equal([(-1, "duplicate-type")], items.Select(i => (i.Index, i.Error?.Code)));
    }

    [Fact]
    public void A_bundle_member_named_by_a_lone_surrogate_is_skipped_like_any_unknown_member()
    {
        var items = Read($$"""{"type":"bundle","\udfff":0,"id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","objects":[{{Identity}}]}""");

        Assert.Equal([(0, (string?)null)], items.Select(i => (i.Index, i.Error?.Code)));
    }

    [Fact]
    public void Objects_without_a_bundle_type_are_read_then_reported_as_not_a_bundle()
    {
        var items = Read($$"""{"id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","objects":[{{Indicator}}]}""");

        Assert.Equal([(0, null), (-1, "not-a-bundle")], items.Select(i => (i.Index, i.Error?.Code)));
    }

    [Fact]
    public void Objects_under_another_type_are_read_then_reported_as_not_a_bundle()
    {
        var items = Read($$"""{"type":"x-collection","objects":[{{Indicator}}]}""");

        Assert.Contains("\"x-collection\"", items[^1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_without_objects_yields_nothing()
    {
        var items = Read("""{"type":"bundle","id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982"}""");

        Assert.Empty(items);
    }

    [Theory] // #21
    [InlineData("""{"type":"bundle","objects":[]}""", "no 'id'")]
    [InlineData("""{"objects":[],"type":"bundle","id":null}""", "not a string")]
    [InlineData("""{"type":"bundle","id":"bundle--1234","objects":[]}""", "bundle--1234")]
    [InlineData("""{"type":"bundle","id":"indicator--44af6c39-c09b-49c5-9de2-394224b04982"}""", "indicator--")]
    public void A_bundle_without_a_well_formed_id_is_a_file_error_after_its_objects(string json, string named)
    {
        var items = Read(json);

        var item = Assert.Single(items);
        Assert.Equal((-1, "bundle-id"), (item.Index, item.Error!.Code));
        Assert.Contains(named, item.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_objects_of_a_bundle_without_an_id_are_still_read()
    {
        var items = Read($$"""{"objects":[{{Identity}}],"type":"bundle"}""");

        Assert.Equal([(0, null), (-1, "bundle-id")], items.Select(i => (i.Index, i.Error?.Code)));
    }

    [Theory]
    [InlineData("""{"type":"bundle","objects":{"a":1}}""")]
    [InlineData("""{"objects":"none","type":"bundle"}""")]
    public void Objects_that_is_not_an_array_is_a_file_error(string json)
    {
        var items = Read(json);

        Assert.Equal((-1, "bundle-objects-not-array"), (Assert.Single(items).Index, items[0].Error!.Code));
    }

    [Fact]
    public void A_second_objects_member_is_a_file_error()
    {
        var items = Read($$"""{"type":"bundle","objects":[{{Indicator}}],"objects":[{{Identity}}]}""");

        Assert.Equal([(0, null), (-1, "bundle-objects-duplicate")], items.Select(i => (i.Index, i.Error?.Code)));
    }

    [Fact]
    public void A_non_object_entry_is_reported_with_its_index_and_reading_goes_on()
    {
        var items = Read($$"""{"type":"bundle","id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","objects":[{{Indicator}},42,[1,[2]],"s",null,{{Identity}}]}""");

        Assert.Equal(
            [(0, null), (1, "not-an-object"), (2, "not-an-object"), (3, "not-an-object"), (4, "not-an-object"), (5, null)],
            items.Select(i => (i.Index, i.Error?.Code)));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"type\":\"bundle\"}]")]
    [InlineData("42")]
    [InlineData("\"bundle\"")]
    [InlineData("null")]
    public void A_top_level_value_that_is_not_an_object_is_rejected(string json)
    {
        var item = Assert.Single(Read(json));

        Assert.Equal((-1, "not-stix"), (item.Index, item.Error!.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("{")]
    [InlineData("{'type':'bundle'}")]
    [InlineData("{\"type\":\"bundle\"} trailing")]
    [InlineData("{\"type\":\"bundle\"}{}")]
    [InlineData("not json at all")]
    [InlineData("{\"type\":\"bundle\", /* comment */ \"objects\":[]}")]
    public void Text_that_is_not_JSON_is_one_file_error(string json)
    {
        var item = Assert.Single(Read(json));

        Assert.Equal((-1, "not-json"), (item.Index, item.Error!.Code));
    }

    [Fact]
    public void A_truncated_bundle_yields_its_complete_objects_then_an_error()
    {
        var json = $$"""{"type":"bundle","objects":[{{Indicator}},{{Identity}}""";

        var items = Read(json[..^20]);

        Assert.Equal([(0, null), (-1, "not-json")], items.Select(i => (i.Index, i.Error?.Code)));
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_skipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Indicator)).ToArray();

        var item = Assert.Single(StixBundleReader.ReadAll(bytes));

        Assert.Equal(Indicator, Text(item));
    }

    public static TheoryData<string> OtherEncodings => ["utf-16LE+bom", "utf-16BE+bom", "utf-32LE+bom", "utf-32BE+bom", "utf-16LE", "utf-16BE"];

    [Theory]
    [MemberData(nameof(OtherEncodings))]
    public void UTF16_and_UTF32_are_rejected_as_not_UTF8(string encodingName)
    {
        var name = encodingName.Replace("+bom", string.Empty, StringComparison.Ordinal);
        var encoding = name switch
        {
            "utf-16LE" => (Encoding)new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32LE" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        var preamble = encodingName.EndsWith("+bom", StringComparison.Ordinal) ? encoding.GetPreamble() : [];
        var bytes = preamble.Concat(encoding.GetBytes(Indicator)).ToArray();

        var item = Assert.Single(StixBundleReader.ReadAll(bytes));

        Assert.Equal((-1, "not-utf8"), (item.Index, item.Error!.Code));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Invalid_UTF8_is_rejected_as_not_UTF8(bool inEnvelope)
    {
        // '#' marks where the byte 0xC3 goes: followed by '(' it is not UTF-8.
        var json = inEnvelope
            ? "{\"type\":\"bundle\",\"id\":\"bundle--#(\",\"objects\":[]}"
            : "{\"type\":\"bundle\",\"objects\":[{\"type\":\"x-a\",\"name\":\"caf#(\"}]}";
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xC3;

        var items = StixBundleReader.ReadAll(bytes);

        Assert.Equal((-1, "not-utf8"), (items[^1].Index, items[^1].Error!.Code));
        Assert.All(items, i => Assert.Null(i.Object));
    }

    [Fact]
    public async Task Cancellation_stops_reading()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in StixBundleReader.ReadAsync(new GeneratedBundleStream(10), cancellation.Token))
            {
            }
        });
    }
}
