using System.Text;
using System.Text.Json;
using Tocsin.Core.Audit;
using Tocsin.Core.Cap;
using Tocsin.Core.Principals;
using Tocsin.Storage.Audit;
using Tocsin.Storage.Publications;
using Tocsin.Storage.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Audit;

/// <summary>Contract: every write transaction appends exactly one hash-chained audit entry. Each engine
/// derives a test class from it.</summary>
public abstract class AuditContract : StoreContractBase
{
    [Fact]
    public async Task Each_write_appends_one_entry_naming_its_action()
    {
        await using var db = await OpenAsync();

        await EveryWriteAsync(db);

        Assert.Equal(
            ["collection.add", "principal.add", "grant.set", "object.add", "object.tombstone", "apikey.add", "apikey.revoke",
             "publication.add", "subscriber.add", "subscriber.acknowledge", "subscriber.disable", "principal.remove"],
            (await AllAsync(db.Store)).Select(e => e.Action));
    }

    [Fact]
    public async Task The_log_of_every_write_verifies()
    {
        await using var db = await OpenAsync();
        await EveryWriteAsync(db);

        var result = await db.Store.Audit.VerifyAsync(deep: true, null, Ct);

        Assert.Equal((true, 12L), (result.Intact, result.Count));
    }

    [Fact]
    public async Task A_batch_is_one_entry_listing_its_versions_with_their_content_hashes()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var objects = new[] { StixJson.Indicator().Build(), StixJson.Identity().Build(), StixJson.Ipv4Address().Build() };

        await db.AddAsync(collection, objects);

        var details = JsonDocument.Parse((await db.Store.Audit.HeadAsync(Ct))!.Details).RootElement;
        Assert.Equal(
            objects.Select(o => (o.Id, Convert.ToHexStringLower(o.ContentHash))).Order(),
            details.GetProperty("versions").EnumerateArray().Select(v => (v.GetProperty("id").GetString()!, v.GetProperty("sha256").GetString()!)).Order());
    }

    [Fact]
    public async Task Writes_that_change_nothing_append_nothing()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator().Build();
        await db.AddAsync(collection, indicator);

        await db.AddAsync(collection, indicator);
        await db.Store.AddCollectionAsync(collection.Alias, null, null, Ct);
        await db.Store.DeleteObjectAsync(collection.Id, Some.StixId("indicator"), VersionFilter.All, Ct);

        Assert.Equal(2, (await AllAsync(db.Store)).Count);
    }

    [Fact]
    public async Task The_ambient_actor_is_recorded()
    {
        await using var db = await OpenAsync();

        using (AuditActor.Use("cli:analyst"))
        {
            await db.NewCollectionAsync();
        }

        await db.NewCollectionAsync();

        Assert.Equal(["cli:analyst", "system"], (await AllAsync(db.Store)).Select(e => e.Actor));
    }

    [Fact]
    public async Task Two_store_instances_writing_at_once_keep_one_chain()
    {
        await using var db = await OpenAsync();
        var other = await db.OpenAnotherAsync(db.Clock);

        await Task.WhenAll(
            Task.Run(() => AddCollectionsAsync(db.Store, 20), Ct),
            Task.Run(() => AddCollectionsAsync(other, 20), Ct));

        var result = await db.Store.Audit.VerifyAsync(deep: false, null, Ct);
        Assert.Equal((true, 40L), (result.Intact, result.Count));
    }

    [Fact]
    public async Task Reading_pages_from_a_sequence()
    {
        await using var db = await OpenAsync();
        await AddCollectionsAsync(db.Store, 5);

        var page = await db.Store.Audit.ReadAsync(2, 3, Ct).ToListAsync(Ct);

        Assert.Equal([2L, 3L, 4L], page.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Stored_checkpoints_are_held_to_the_chain()
    {
        await using var db = await OpenAsync();
        await AddCollectionsAsync(db.Store, 3);
        var head = (await db.Store.Audit.HeadAsync(Ct))!;
        await db.Store.Audit.AddCheckpointAsync(AuditCheckpoint.Sign(head.Sequence, head.Hash, 1, _ => "sig"), Ct);
        await AddCollectionsAsync(db.Store, 2);

        var result = await db.Store.Audit.VerifyAsync(deep: false, (_, s) => s == "sig", Ct);

        Assert.Equal((true, 5L, 1, 1), (result.Intact, result.Count, result.CheckpointsMatched, result.SignaturesChecked));
    }

    protected static async Task<List<AuditEntry>> AllAsync(ITocsinStore store) => await store.Audit.ReadAsync(1, 10_000, Ct).ToListAsync(Ct);

    protected static async Task AddCollectionsAsync(ITocsinStore store, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.True((await store.AddCollectionAsync(Some.Alias("c"), null, null, Ct)).IsSuccess);
        }
    }

    /// <summary>One of each write the store has, in a fixed order.</summary>
    protected static async Task EveryWriteAsync(TestStore db)
    {
        var store = db.Store;
        var collection = await db.NewCollectionAsync();
        var principal = (await store.AddPrincipalAsync(Some.Alias("u"), PrincipalKind.User, [Role.Analyst], null, Ct)).Value;
        await store.GrantAsync(collection.Id, principal.Id, CollectionRights.Read, Ct);
        var indicator = StixJson.Indicator().Build();
        await db.AddAsync(collection, indicator, StixJson.Identity().Build());
        await store.DeleteObjectAsync(collection.Id, indicator.Id, VersionFilter.All, Ct);
        var key = ApiKey.Generate();
        await store.AddApiKeyAsync(principal.Id, key, "ci", Ct);
        await store.RevokeApiKeyAsync(key.KeyId, Ct);
        var message = (await store.Publications.AddAsync(new Publication(0, "tocsin-1", null, TestStore.Start, CapStatus.Actual, CapMsgType.Alert,
            CapScope.Public, "vigipirate", "urgence-attentat", ["FRA"], "Urgence attentat", Encoding.UTF8.GetBytes("<alert/>")), Ct)).Value;
        var subscriber = (await store.Webhooks.AddSubscriberAsync(new Subscriber(Guid.NewGuid(), "ops", "https://203.0.113.7/hook", [], false,
            Encoding.UTF8.GetBytes("opaque"), default, null), Ct)).Value;
        await store.Webhooks.EnqueueAsync(await store.Webhooks.FanOutCursorAsync(Ct), message.Sequence, [new OutboxEntry(message.Sequence, subscriber.Id)], Ct);
        await store.Webhooks.AcknowledgeAsync(subscriber.Id, "tocsin-1", Ct);
        await store.Webhooks.AcknowledgeAsync(subscriber.Id, "tocsin-1", Ct);
        await store.Webhooks.DisableSubscriberAsync(subscriber.Id, Ct);
        await store.RemovePrincipalAsync(principal.Name, Ct);
    }
}
