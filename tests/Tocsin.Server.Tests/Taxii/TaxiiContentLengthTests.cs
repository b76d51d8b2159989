using System.Net;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Taxii;

/// <summary>A server whose <c>max_content_length</c> is 4 KiB.</summary>
public sealed class SmallContentApp : IAsyncDisposable
{
    public TocsinApp App { get; } = TocsinApp.WithSettings(new KeyValuePair<string, string>("Tocsin:Taxii:MaxContentLength", "4096"));

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public sealed class TaxiiContentLengthTests(SmallContentApp server) : IClassFixture<SmallContentApp>
{
    [Fact]
    public async Task The_api_root_advertises_the_configured_max_content_length()
    {
        var (client, _, _) = await UserWithCollectionAsync(server.App, CollectionRights.Write);

        var root = await GetAsync(client, Url(Root));

        Assert.Equal(4096, root.GetProperty("max_content_length").GetInt64());
    }

    [Fact]
    public async Task A_body_over_max_content_length_is_413()
    {
        var (client, collection, _) = await UserWithCollectionAsync(server.App, CollectionRights.Write);
        var big = Enumerable.Range(0, 20).Select(_ => StixJson.Indicator().ToJson()).ToArray();

        await ErrorAsync(HttpStatusCode.RequestEntityTooLarge, await client.PostAsync(Objects(collection), Envelope(big), Ct));
    }

    [Fact]
    public async Task A_chunked_body_over_max_content_length_is_413()
    {
        var (client, collection, _) = await UserWithCollectionAsync(server.App, CollectionRights.Write);
        var big = Envelope(Enumerable.Range(0, 20).Select(_ => StixJson.Indicator().ToJson()).ToArray());
        var content = new StreamContent(new ChunkedStream(await big.ReadAsByteArrayAsync(Ct), 512));
        content.Headers.ContentType = big.Headers.ContentType;

        await ErrorAsync(HttpStatusCode.RequestEntityTooLarge, await client.PostAsync(Objects(collection), content, Ct));
    }
}
