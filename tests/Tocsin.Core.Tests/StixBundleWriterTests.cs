using System.Text;
using System.Text.Json;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Writing;
using Tocsin.Testing;

namespace Tocsin.Core.Tests;

public sealed class StixBundleWriterTests
{
    private static StixObject Parse(string json) => StixObject.FromTrusted(Encoding.UTF8.GetBytes(json));

    [Fact]
    public async Task An_empty_bundle_has_type_id_and_an_empty_objects_array()
    {
        var output = new MemoryStream();

        var id = await StixBundleWriter.WriteAsync(output, Array.Empty<StixObject>(), TestContext.Current.CancellationToken);

        Assert.Equal($$"""{"type":"bundle","id":"{{id}}","objects":[]}""", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task A_new_bundle_id_is_a_random_UUIDv4()
    {
        var id = await StixBundleWriter.WriteAsync(new MemoryStream(), Array.Empty<StixObject>(), TestContext.Current.CancellationToken);

        Assert.True(StixId.TryParse(id, out var parsed) && parsed.Type == "bundle" && parsed.UuidVersion == 4, id);
    }

    [Fact]
    public async Task Objects_are_embedded_with_their_exact_bytes()
    {
        const string spaced = "{ \"type\": \"x-thing\",\n  \"id\": \"x-thing--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061\", \"v\": 1.0E1, \"t\": \"\\u00e9+<\" }";
        var output = new MemoryStream();

        await StixBundleWriter.WriteAsync(output, [Parse(spaced), Parse(spaced)], TestContext.Current.CancellationToken, "bundle--44af6c39-c09b-49c5-9de2-394224b04982");

        Assert.Equal(
            """{"type":"bundle","id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","objects":[""" + spaced + "," + spaced + "]}",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void A_bundle_id_of_another_type_is_refused()
    {
        Assert.Throws<ArgumentException>(() => StixBundleWriter.Create(new MemoryStream(), "indicator--44af6c39-c09b-49c5-9de2-394224b04982"));
    }

    [Fact]
    public async Task Output_reaches_the_stream_before_the_bundle_is_complete()
    {
        var output = new MemoryStream();
        await using var writer = StixBundleWriter.Create(output);

        for (var i = 0; i < 1000; i++)
        {
            await writer.WriteAsync(StixObject.FromTrusted(GeneratedBundle.Object(i, 1000)), TestContext.Current.CancellationToken);
        }

        Assert.True(output.Length > 900_000, $"only {output.Length} bytes flushed");
    }

    [Fact]
    public async Task Writing_after_completion_is_a_bug()
    {
        await using var writer = StixBundleWriter.Create(new MemoryStream());
        await writer.CompleteAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await writer.WriteAsync(Parse("""{"type":"x-a"}"""), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_async_stream_of_objects_is_written_in_order_and_reads_back()
    {
        var output = new MemoryStream();

        await StixBundleWriter.WriteAsync(output, Generate(500), TestContext.Current.CancellationToken);
        var items = StixBundleReader.ReadAll(output.ToArray());

        Assert.Equal(Enumerable.Range(0, 500).Select(GeneratedBundle.IdOf), items.Select(i => i.Object!.Id));
        using var document = JsonDocument.Parse(output.ToArray());
        Assert.Equal("bundle", document.RootElement.GetProperty("type").GetString());
    }

    private static async IAsyncEnumerable<StixObject> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return StixObject.FromTrusted(GeneratedBundle.Object(i));
        }
    }
}
