using System.Net;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Taxii;

/// <summary>Who may do what on a collection (TAXII 2.1 §5 status tables): users by grant × endpoints.
/// No grant: 404 everywhere (ids do not leak); read only: writes are 403; write only: reads are 403;
/// administrators: everything.</summary>
public sealed class TaxiiAccessMatrixTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    public enum Grant
    {
        None,
        Read,
        Write,
        ReadWrite,
        Admin,
    }

    public enum Operation
    {
        GetCollection,
        GetObjects,
        GetManifest,
        GetObject,
        GetVersions,
        PostObjects,
        DeleteObject,
    }

    public static TheoryData<Grant, Operation, HttpStatusCode> Matrix()
    {
        var data = new TheoryData<Grant, Operation, HttpStatusCode>();
        foreach (var operation in Enum.GetValues<Operation>())
        {
            var writes = operation is Operation.PostObjects or Operation.DeleteObject;
            var ok = operation switch
            {
                Operation.PostObjects => HttpStatusCode.Accepted,
                _ => HttpStatusCode.OK,
            };
            data.Add(Grant.None, operation, HttpStatusCode.NotFound);
            data.Add(Grant.Read, operation, writes ? HttpStatusCode.Forbidden : ok);
            data.Add(Grant.Write, operation, writes || operation == Operation.GetCollection ? ok : HttpStatusCode.Forbidden);
            data.Add(Grant.ReadWrite, operation, ok);
            data.Add(Grant.Admin, operation, ok);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_grant_gets_the_status_the_specification_gives(Grant grant, Operation operation, HttpStatusCode expected)
    {
        var (collection, objectId) = await CollectionWithAnObjectAsync();
        using var client = await ClientAsync(grant, collection);

        var response = await SendAsync(client, operation, collection, objectId);

        if (expected is HttpStatusCode.OK or HttpStatusCode.Accepted)
        {
            await HttpAssert.StatusAsync(expected, response);
        }
        else
        {
            await ErrorAsync(expected, response);
        }
    }

    [Fact]
    public async Task The_collections_list_shows_only_what_a_user_may_see_with_its_rights()
    {
        var (visible, _) = await CollectionWithAnObjectAsync();
        await CollectionWithAnObjectAsync();
        var user = Some.Alias("reader");
        await app.AddUserAsync(user, Role.Analyst, "secret");
        await app.GrantAsync(visible, user, CollectionRights.Read);
        using var client = app.CreateTaxiiClient(user, "secret");

        var list = await GetAsync(client, Url(Root + "collections/"));

        var only = Assert.Single(list.GetProperty("collections").EnumerateArray());
        Assert.Equal((visible.Id.ToString("D"), visible.Alias, true, false, "application/stix+json;version=2.1"),
            (only.GetProperty("id").GetString(), only.GetProperty("alias").GetString(), only.GetProperty("can_read").GetBoolean(),
             only.GetProperty("can_write").GetBoolean(), only.GetProperty("media_types")[0].GetString()));
    }

    [Fact]
    public async Task A_user_without_grants_gets_an_empty_collections_list()
    {
        await CollectionWithAnObjectAsync();
        using var client = await ClientAsync(Grant.None, null);

        var list = await GetAsync(client, Url(Root + "collections/"));

        Assert.False(list.TryGetProperty("collections", out _));
    }

    [Fact]
    public async Task A_collection_is_found_by_its_alias_too()
    {
        var (collection, _) = await CollectionWithAnObjectAsync();
        using var client = await ClientAsync(Grant.Read, collection);

        var found = await GetAsync(client, Url($"{Root}collections/{collection.Alias}/"));

        Assert.Equal(collection.Id.ToString("D"), found.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_collection_that_does_not_exist_is_404_like_a_hidden_one()
    {
        using var client = await ClientAsync(Grant.Admin, null);

        await ErrorAsync(HttpStatusCode.NotFound, await client.GetAsync(Url($"{Root}collections/{Guid.NewGuid():D}/objects/"), Ct));
    }

    private async Task<(Collection Collection, string ObjectId)> CollectionWithAnObjectAsync()
    {
        var (writer, collection, _) = await UserWithCollectionAsync(app, CollectionRights.Write);
        var indicator = StixJson.Indicator();
        await PostAsync(writer, collection, Envelope(indicator.ToJson()));
        return (collection, indicator.Id);
    }

    private async Task<HttpClient> ClientAsync(Grant grant, Collection? collection)
    {
        var user = Some.Alias(grant.ToString().ToLowerInvariant());
        await app.AddUserAsync(user, grant == Grant.Admin ? Role.Admin : Role.Analyst, "secret");
        var rights = grant switch
        {
            Grant.Read => CollectionRights.Read,
            Grant.Write => CollectionRights.Write,
            Grant.ReadWrite => CollectionRights.Read | CollectionRights.Write,
            Grant.None or Grant.Admin => CollectionRights.None,
        };
        if (collection is not null && rights != CollectionRights.None)
        {
            await app.GrantAsync(collection, user, rights);
        }

        return app.CreateTaxiiClient(user, "secret");
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Operation operation, Collection collection, string objectId) => operation switch
    {
        Operation.GetCollection => client.GetAsync(Collection(collection), Ct),
        Operation.GetObjects => client.GetAsync(Objects(collection), Ct),
        Operation.GetManifest => client.GetAsync(Collection(collection, "manifest/"), Ct),
        Operation.GetObject => client.GetAsync(Objects(collection, objectId + "/"), Ct),
        Operation.GetVersions => client.GetAsync(Objects(collection, objectId + "/versions/"), Ct),
        Operation.PostObjects => client.PostAsync(Objects(collection), Envelope(StixJson.Indicator().ToJson()), Ct),
        Operation.DeleteObject => client.DeleteAsync(Objects(collection, objectId + "/"), Ct),
    };
}
