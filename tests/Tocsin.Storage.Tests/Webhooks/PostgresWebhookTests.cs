using System.Text;
using Tocsin.Core.Cap;
using Tocsin.Storage.Publications;
using Tocsin.Storage.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Webhooks;

/// <summary>The webhook contract on the PostgreSQL engine, plus what only a database shared by several server
/// nodes can show: each store opened on the test's database is one node.</summary>
public sealed class PostgresWebhookTests(PostgresServer server) : WebhookContract
{
    private const int Nodes = 4;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Nodes_claiming_at_once_claim_every_delivery_exactly_once()
    {
        await using var db = await OpenAsync();
        var subscribers = await AddSubscribersAsync(db, 50);
        var expected = 0;
        foreach (var identifier in new[] { "tocsin-1", "tocsin-2", "tocsin-3" })
        {
            expected += await EnqueueAsync(db.Store, await PublishAsync(db, identifier), subscribers);
        }

        var nodes = await NodesAsync(db);

        // Three claimers per node, each taking small batches until it finds nothing due.
        var claims = await Task.WhenAll(nodes.SelectMany(node => Enumerable.Range(0, 3).Select(_ => DrainAsync(node))));

        var ids = claims.SelectMany(c => c).ToList();
        Assert.Equal((expected, expected), (ids.Count, ids.Distinct().Count()));
    }

    [Fact]
    public async Task Nodes_fanning_out_from_the_same_cursor_enqueue_once()
    {
        await using var db = await OpenAsync();
        var subscribers = await AddSubscribersAsync(db, 10);
        var message = await PublishAsync(db, "tocsin-1");
        var cursor = await db.Store.Webhooks.FanOutCursorAsync(Ct);
        var entries = subscribers.Select(s => new OutboxEntry(message.Sequence, s.Id)).ToList();
        var nodes = await NodesAsync(db);

        var moved = await Task.WhenAll(nodes.Select(node => node.Webhooks.EnqueueAsync(cursor, message.Sequence, entries, Ct)));

        Assert.Equal((1, message.Sequence, 10), (moved.Count(m => m), await db.Store.Webhooks.FanOutCursorAsync(Ct),
            (await db.Store.Webhooks.DeliveriesAsync(message.Sequence, Ct)).Count));
    }

    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);

    private static async Task<List<ITocsinStore>> NodesAsync(TestStore db)
    {
        var nodes = new List<ITocsinStore> { db.Store };
        for (var i = 1; i < Nodes; i++)
        {
            nodes.Add(await db.OpenAnotherAsync(db.Clock));
        }

        return nodes;
    }

    private static async Task<List<Guid>> DrainAsync(ITocsinStore node)
    {
        var claimed = new List<Guid>();
        while (await node.Webhooks.ClaimDueAsync(4, Lease, Ct) is { Count: > 0 } batch)
        {
            claimed.AddRange(batch.Select(d => d.Id));
        }

        return claimed;
    }

    private static async Task<List<Subscriber>> AddSubscribersAsync(TestStore db, int count)
    {
        var subscribers = new List<Subscriber>();
        for (var i = 0; i < count; i++)
        {
            subscribers.Add((await db.Store.Webhooks.AddSubscriberAsync(new Subscriber(Guid.NewGuid(), Some.Alias("sub"), "https://203.0.113.7/hook", [],
                false, Encoding.UTF8.GetBytes("opaque"), default, null), Ct)).Value);
        }

        return subscribers;
    }

    private static async Task<Publication> PublishAsync(TestStore db, string identifier) =>
        (await db.Store.Publications.AddAsync(new Publication(
            0, identifier, null, TestStore.Start, CapStatus.Actual, CapMsgType.Alert, CapScope.Public, "vigipirate", "urgence-attentat",
            ["FRA"], "Urgence attentat", Encoding.UTF8.GetBytes($"<alert><identifier>{identifier}</identifier></alert>")), Ct)).Value;

    private static async Task<int> EnqueueAsync(ITocsinStore store, Publication message, List<Subscriber> subscribers)
    {
        var cursor = await store.Webhooks.FanOutCursorAsync(Ct);
        Assert.True(await store.Webhooks.EnqueueAsync(cursor, message.Sequence, [.. subscribers.Select(s => new OutboxEntry(message.Sequence, s.Id))], Ct));
        return subscribers.Count;
    }
}
