using System.Text;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Sharing;

/// <summary>The sharing contract on the PostgreSQL engine, plus a partner view kept by several server nodes
/// sharing one database.</summary>
public sealed class PostgresSharingTests(PostgresServer server) : SharingContract
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";

    [Fact]
    public async Task Nodes_adding_and_refreshing_at_once_issue_each_view_date_added_once_in_increasing_order()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        await db.Store.Sharing.SetSettingsAsync(new SharingSettings { OrganisationIdentityIds = [Ours] }, Ct);
        var partner = (await db.Store.AddPrincipalAsync("bfv", PrincipalKind.Partner, [], null, Ct)).Value;
        Assert.True((await db.Store.Sharing.SetProfileAsync(new PartnerProfile(partner.Id, partner.Name, "fra", TlpLevel.Green, ["eu"], []), Ct)).IsSuccess);
        var nodes = new List<ITocsinStore> { db.Store };
        for (var i = 1; i < 4; i++)
        {
            nodes.Add(await db.OpenAnotherAsync(db.Clock));
        }

        // The clock stands still: every refresh on every node reads the same "now", so only the write lock keeps stamps apart.
        await Task.WhenAll(nodes.Select(async node =>
        {
            for (var i = 0; i < 5; i++)
            {
                await node.AddObjectsAsync(collection.Id, [GreenIndicator()], Ct);
                Assert.True((await node.Sharing.RefreshPartnerViewAsync(partner.Id, collection.Id, force: true, Ct)).IsSuccess);
            }
        }));

        var view = await db.Store.Sharing.QueryPartnerViewAsync(partner.Id, collection.Id, new ObjectQuery { Limit = ObjectQuery.MaxLimit }, Ct);
        var start = DateAddedStamp.FromInstant(TestStore.Start).Microseconds;
        Assert.Equal(Enumerable.Range(0, 20).Select(i => start + i), view.Value.Items.Select(i => i.DateAdded.Microseconds));
    }

    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);

    private static StixObject GreenIndicator() => StixObject.FromTrusted(Encoding.UTF8.GetBytes($$"""
        {"type":"indicator","spec_version":"2.1","id":"indicator--{{Guid.NewGuid():D}}","created_by_ref":"{{Ours}}",
         "created":"2024-03-22T10:00:00.000Z","modified":"2024-03-22T10:00:00.000Z","name":"phone",
         "pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-03-22T00:00:00Z",
         "object_marking_refs":["{{TlpMarkings.GreenId}}"]}
        """));
}
