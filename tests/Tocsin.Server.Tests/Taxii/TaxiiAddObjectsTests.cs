using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Taxii;

public sealed class TaxiiAddObjectsTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task A_post_answers_202_with_a_complete_status_listing_each_success()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var indicator = StixJson.Indicator();

        var status = await PostAsync(client, collection, Envelope(indicator.ToJson(), StixJson.Identity().ToJson()));

        Assert.Equal(("complete", 2, 2, 0, 0, indicator.Id),
            (status.GetProperty("status").GetString(), status.GetProperty("total_count").GetInt32(), status.GetProperty("success_count").GetInt32(),
             status.GetProperty("failure_count").GetInt32(), status.GetProperty("pending_count").GetInt32(),
             status.GetProperty("successes")[0].GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Posted_objects_come_back_byte_for_byte()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var json = "{ \"z_custom\" : 1.50, " + StixJson.Indicator().ToJson()[1..];
        await PostAsync(client, collection, Envelope(json));

        var body = await (await client.GetAsync(Objects(collection), Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains(json, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_identical_duplicate_is_a_success()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Write);
        var json = StixJson.Indicator().ToJson();
        await PostAsync(client, collection, Envelope(json));

        var status = await PostAsync(client, collection, Envelope(json));

        Assert.Equal((1, 0), (status.GetProperty("success_count").GetInt32(), status.GetProperty("failure_count").GetInt32()));
    }

    [Fact]
    public async Task New_content_under_an_existing_version_is_a_failure()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Write);
        var indicator = StixJson.Indicator();
        await PostAsync(client, collection, Envelope(indicator.ToJson()));

        var status = await PostAsync(client, collection, Envelope(indicator.With("name", "changed").ToJson()));

        var failure = status.GetProperty("failures")[0];
        Assert.Equal((indicator.Id, StixJson.DefaultCreated, true),
            (failure.GetProperty("id").GetString(), failure.GetProperty("version").GetString(), failure.GetProperty("message").GetString()!.StartsWith("conflict", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_invalid_object_fails_with_its_validation_problems_and_is_not_stored()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        var invalid = StixJson.Indicator().Without("pattern");

        var status = await PostAsync(client, collection, Envelope(invalid.ToJson(), StixJson.Identity().ToJson()));

        Assert.Contains("pattern", status.GetProperty("failures")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Single(Ids(await GetAsync(client, Objects(collection))));
    }

    [Fact] // #21: a TLP level that is not a string once ended the request with an exception
    public async Task A_value_of_the_wrong_json_type_is_a_failure_with_its_rule_not_a_server_error()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Read | CollectionRights.Write);
        const string OddTlp = """{"type":"marking-definition","spec_version":"2.1","id":"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9","created":"2017-01-20T00:00:00.000Z","definition_type":"tlp","definition":{"tlp":21}}""";

        var status = await PostAsync(client, collection, Envelope(OddTlp, StixJson.Identity().ToJson()));

        Assert.Equal((1, 1), (status.GetProperty("success_count").GetInt32(), status.GetProperty("failure_count").GetInt32()));
        Assert.Contains("tlp-instance", status.GetProperty("failures")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_that_is_not_an_object_is_a_failure()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Write);

        var status = await PostAsync(client, collection, Envelope("42", StixJson.Identity().ToJson()));

        Assert.Equal((1, 1), (status.GetProperty("success_count").GetInt32(), status.GetProperty("failure_count").GetInt32()));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"objects\": {}}")]
    [InlineData("{\"objects\": [")]
    [InlineData("{\"objects\": []} trailing")]
    public async Task A_malformed_envelope_is_400(string body)
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Write);

        await ErrorAsync(HttpStatusCode.BadRequest, await client.PostAsync(Objects(collection), Body(body), Ct));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/stix+json;version=2.1")]
    [InlineData("application/taxii+json;version=2.0")]
    public async Task A_body_that_is_not_TAXII_2_1_is_415(string contentType)
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Write);
        var content = new StringContent(Encoding.UTF8.GetString([.. "{\"objects\":[]}"u8]));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        await ErrorAsync(HttpStatusCode.UnsupportedMediaType, await client.PostAsync(Objects(collection), content, Ct));
    }

    [Fact]
    public async Task The_status_is_readable_by_its_poster()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Write);
        var posted = await PostAsync(client, collection, Envelope(StixJson.Indicator().ToJson()));

        var status = await GetAsync(client, Url($"{Root}status/{posted.GetProperty("id").GetString()}/"));

        Assert.Equal(posted.GetRawText(), status.GetRawText());
    }

    [Fact]
    public async Task The_status_is_404_to_another_principal()
    {
        var (client, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Write);
        var posted = await PostAsync(client, collection, Envelope(StixJson.Indicator().ToJson()));
        var (other, _, _) = await UserWithCollectionAsync(app, CollectionRights.Write);

        await ErrorAsync(HttpStatusCode.NotFound, await other.GetAsync(Url($"{Root}status/{posted.GetProperty("id").GetString()}/"), Ct));
    }

    [Fact]
    public async Task An_unknown_status_is_404()
    {
        var (client, _, _) = await UserWithCollectionAsync(app, CollectionRights.Write);

        await ErrorAsync(HttpStatusCode.NotFound, await client.GetAsync(Url($"{Root}status/{Guid.NewGuid():D}/"), Ct));
    }
}
