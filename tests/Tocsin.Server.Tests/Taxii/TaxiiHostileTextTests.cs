using System.Net;
using System.Text;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Taxii;

/// <summary>A POSTed envelope whose text is not Unicode (a lone surrogate escape, invalid UTF-8) is a 400
/// TAXII error naming the entry and the rule code, and nothing is stored.</summary>
public sealed class TaxiiHostileTextTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Theory]
    [InlineData("\\ud800", "lone-surrogate")]
    [InlineData("x\\udfffy", "lone-surrogate")]
    [InlineData("\\ud83d and then text", "lone-surrogate")]
    public async Task A_lone_surrogate_is_400_and_nothing_is_stored(string escapedName, string code)
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var hostile = StixJson.Indicator().ToJson().Replace("\"type\":\"indicator\"", $"\"description\":\"{escapedName}\",\"type\":\"indicator\"", StringComparison.Ordinal);
        Assert.Contains(escapedName, hostile, StringComparison.Ordinal);

        var error = await ErrorAsync(HttpStatusCode.BadRequest, await client.PostAsync(Objects(collection), Envelope(StixJson.Identity().ToJson(), hostile), Ct));

        Assert.Contains($"objects[1]", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains($"[{code}]", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty(Ids(await GetAsync(client, Objects(collection))));
    }

    // Found by fuzzing the STIX reader: the envelope's member names were compared before the whole body was checked
    // for lone surrogates, and the comparison threw (a 500).
    [Fact]
    public async Task An_envelope_member_named_by_a_lone_surrogate_is_400_and_nothing_is_stored()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var body = Encoding.UTF8.GetBytes($$"""{"\ud800":1,"objects":[{{StixJson.Identity().ToJson()}}]}""");

        var error = await ErrorAsync(HttpStatusCode.BadRequest, await client.PostAsync(Objects(collection), Body(body), Ct));

        Assert.Contains("[lone-surrogate]", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty(Ids(await GetAsync(client, Objects(collection))));
    }

    [Fact]
    public async Task A_number_beyond_double_range_is_400_and_nothing_is_stored()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var hostile = StixJson.Indicator().ToJson().Replace("\"type\":\"indicator\"", "\"x_size\":1e400,\"type\":\"indicator\"", StringComparison.Ordinal);

        var error = await ErrorAsync(HttpStatusCode.BadRequest, await client.PostAsync(Objects(collection), Envelope(hostile), Ct));

        Assert.Contains("[number-out-of-range]", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty(Ids(await GetAsync(client, Objects(collection))));
    }

    [Fact]
    public async Task A_surrogate_pair_is_text_and_is_stored()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var json = StixJson.Indicator().ToJson().Replace("\"type\":\"indicator\"", "\"description\":\"\\ud83d\\ude00\",\"type\":\"indicator\"", StringComparison.Ordinal);

        var status = await PostAsync(client, collection, Envelope(json));

        Assert.True(status.GetProperty("success_count").GetInt32() == 1, status.GetRawText());
    }

    [Fact]
    public async Task Invalid_UTF8_is_400()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var text = Encoding.UTF8.GetBytes(StixJson.Indicator().ToJson().Replace("\"type\":\"indicator\"", "\"description\":\"@@\",\"type\":\"indicator\"", StringComparison.Ordinal));
        var at = Array.IndexOf(text, (byte)'@');
        text[at] = 0xC3;
        text[at + 1] = 0x28;
        var body = Encoding.UTF8.GetBytes("{\"objects\":[").Concat(text).Concat("]}"u8.ToArray()).ToArray();

        var error = await ErrorAsync(HttpStatusCode.BadRequest, await client.PostAsync(Objects(collection), Body(body), Ct));

        Assert.Contains("UTF-8", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty(Ids(await GetAsync(client, Objects(collection))));
    }
}
