using System.Text;
using Tocsin.Core.Cap;
using Tocsin.Storage.Publications;
using Tocsin.Storage.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Webhooks;

/// <summary>Contract: subscribers, the outbox with its claims and leases, acknowledgements. Each engine
/// derives a test class from it.</summary>
public abstract class WebhookContract : StoreContractBase
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_subscriber_comes_back_with_its_encrypted_secret_and_territories()
    {
        await using var db = await OpenAsync();
        var added = (await db.Store.Webhooks.AddSubscriberAsync(NewSubscriber("ops-paris", "FRA-D75"), Ct)).Value;

        var found = await db.Store.Webhooks.FindSubscriberAsync(added.Id, Ct);

        Assert.Equal((added.Name, "FRA-D75", "opaque-ops-paris", TestStore.Start),
            (found!.Name, Assert.Single(found.TerritoryIds), Encoding.UTF8.GetString(found.EncryptedSecret.Span), found.CreatedAt));
    }

    [Fact]
    public async Task A_taken_subscriber_name_is_refused()
    {
        await using var db = await OpenAsync();
        await db.Store.Webhooks.AddSubscriberAsync(NewSubscriber("ops"), Ct);

        var again = await db.Store.Webhooks.AddSubscriberAsync(NewSubscriber("ops"), Ct);

        Assert.Equal("subscriber-name-taken", again.Error?.Code);
    }

    [Fact]
    public async Task Enqueueing_moves_the_cursor_and_a_stale_cursor_writes_nothing()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db);
        var message = await PublishAsync(db, "tocsin-1");

        var first = await db.Store.Webhooks.EnqueueAsync(0, message.Sequence, [new(message.Sequence, subscriber.Id)], Ct);
        var stale = await db.Store.Webhooks.EnqueueAsync(0, message.Sequence, [new(message.Sequence, subscriber.Id)], Ct);

        Assert.Equal((true, false, message.Sequence, 1),
            (first, stale, await db.Store.Webhooks.FanOutCursorAsync(Ct), (await db.Store.Webhooks.DeliveriesAsync(message.Sequence, Ct)).Count));
    }

    [Fact]
    public async Task A_claimed_delivery_carries_the_message_and_is_not_claimed_twice()
    {
        await using var db = await OpenAsync();
        await EnqueueAsync(db, "tocsin-1", await AddSubscriberAsync(db));
        var other = await db.OpenAnotherAsync(db.Clock);

        var claimed = await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct);
        var again = await other.Webhooks.ClaimDueAsync(10, Lease, Ct);

        Assert.Equal(("tocsin-1", 0), (Assert.Single(claimed).PublicationIdentifier, again.Count));
        Assert.Contains("tocsin-1", Encoding.UTF8.GetString(claimed[0].Body.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_claimers_share_the_outbox_without_overlap()
    {
        await using var db = await OpenAsync();
        var subscribers = new List<Subscriber>();
        for (var i = 0; i < 40; i++)
        {
            subscribers.Add(await AddSubscriberAsync(db));
        }

        await EnqueueAsync(db, "tocsin-1", [.. subscribers]);
        var other = await db.OpenAnotherAsync(db.Clock);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? db.Store : other).Webhooks.ClaimDueAsync(7, Lease, Ct)));

        var ids = claims.SelectMany(c => c).Select(d => d.Id).ToList();
        Assert.Equal((40, 40), (ids.Count, ids.Distinct().Count()));
    }

    [Fact]
    public async Task A_crashed_claimers_deliveries_are_claimed_again_after_the_lease()
    {
        await using var db = await OpenAsync();
        await EnqueueAsync(db, "tocsin-1", await AddSubscriberAsync(db));
        var lost = Assert.Single(await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct));

        db.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var reclaimed = Assert.Single(await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct));
        var late = await db.Store.Webhooks.RecordAttemptsAsync([Delivered(lost)], Ct);

        Assert.Equal((lost.Id, 0), (reclaimed.Id, late));
    }

    [Fact]
    public async Task An_acknowledged_delivery_is_never_claimed_again_though_its_sender_crashed_before_recording_it()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db);
        var message = await EnqueueAsync(db, "tocsin-1", subscriber);
        var lost = Assert.Single(await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct));
        (await db.Store.Webhooks.AcknowledgeAsync(subscriber.Id, "tocsin-1", Ct)).Value.ToString();

        db.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var reclaimed = await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct);
        var late = await db.Store.Webhooks.RecordAttemptsAsync([Delivered(lost)], Ct);

        var status = Assert.Single(await db.Store.Webhooks.DeliveriesAsync(message.Sequence, Ct));
        Assert.Equal((0, 0, DeliveryState.Delivered, TestStore.Start), (reclaimed.Count, late, status.State, status.DeliveredAt));
    }

    [Fact]
    public async Task A_retry_waits_for_its_time_and_a_delivery_is_recorded_once()
    {
        await using var db = await OpenAsync();
        var message = await EnqueueAsync(db, "tocsin-1", await AddSubscriberAsync(db));
        var first = Assert.Single(await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct));
        await db.Store.Webhooks.RecordAttemptsAsync([new(first.Id, first.ClaimToken, DeliveryState.Pending, TestStore.Start.AddSeconds(30), 503, "HTTP 503")], Ct);

        var early = await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct);
        db.Clock.Advance(TimeSpan.FromSeconds(30));
        var second = Assert.Single(await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct));
        await db.Store.Webhooks.RecordAttemptsAsync([Delivered(second)], Ct);

        var status = Assert.Single(await db.Store.Webhooks.DeliveriesAsync(message.Sequence, Ct));
        Assert.Equal((0, 1, DeliveryState.Delivered, 2, 200), (early.Count, second.Attempts, status.State, status.Attempts, status.LastStatusCode));
    }

    [Fact]
    public async Task Removing_a_subscriber_turns_its_pending_deliveries_into_dead_letters()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db);
        var message = await EnqueueAsync(db, "tocsin-1", subscriber);

        await db.Store.Webhooks.DisableSubscriberAsync(subscriber.Id, Ct);

        Assert.Equal((0, DeliveryState.Dead, 0), ((await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct)).Count,
            Assert.Single(await db.Store.Webhooks.DeliveriesAsync(message.Sequence, Ct)).State,
            (await db.Store.Webhooks.ListSubscribersAsync(includeDisabled: false, Ct)).Count));
    }

    [Fact]
    public async Task Removing_an_unknown_subscriber_is_refused()
    {
        await using var db = await OpenAsync();

        var removed = await db.Store.Webhooks.DisableSubscriberAsync(Guid.NewGuid(), Ct);

        Assert.Equal("subscriber-not-found", removed.Error?.Code);
    }

    [Fact]
    public async Task An_acknowledgement_is_listed_with_the_delivery_and_the_first_one_counts()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db);
        var message = await EnqueueAsync(db, "tocsin-1", subscriber);
        await db.Store.Webhooks.AcknowledgeAsync(subscriber.Id, "tocsin-1", Ct);
        db.Clock.Advance(TimeSpan.FromMinutes(5));

        var repeat = await db.Store.Webhooks.AcknowledgeAsync(subscriber.Id, "tocsin-1", Ct);

        var status = Assert.Single(await db.Store.Webhooks.DeliveriesAsync(message.Sequence, Ct));
        Assert.Equal((TestStore.Start, TestStore.Start), (repeat.Value.AcknowledgedAt, status.AcknowledgedAt));
    }

    [Fact]
    public async Task Acknowledging_a_message_that_was_never_addressed_to_the_subscriber_is_refused()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db);
        await PublishAsync(db, "tocsin-1");

        var ack = await db.Store.Webhooks.AcknowledgeAsync(subscriber.Id, "tocsin-1", Ct);

        Assert.Equal("delivery-not-found", ack.Error?.Code);
    }

    private static Subscriber NewSubscriber(string name, params string[] territories) =>
        new(Guid.NewGuid(), name, "https://203.0.113.7/hook", territories, false, Encoding.UTF8.GetBytes("opaque-" + name), default, null);

    private static async Task<Subscriber> AddSubscriberAsync(TestStore db) =>
        (await db.Store.Webhooks.AddSubscriberAsync(NewSubscriber(Some.Alias("sub")), Ct)).Value;

    private static async Task<Publication> PublishAsync(TestStore db, string identifier) =>
        (await db.Store.Publications.AddAsync(new Publication(
            0, identifier, null, TestStore.Start, CapStatus.Actual, CapMsgType.Alert, CapScope.Public, "vigipirate", "urgence-attentat",
            ["FRA"], "Urgence attentat", Encoding.UTF8.GetBytes($"<alert><identifier>{identifier}</identifier></alert>")), Ct)).Value;

    private static async Task<Publication> EnqueueAsync(TestStore db, string identifier, params Subscriber[] subscribers)
    {
        var message = await PublishAsync(db, identifier);
        var cursor = await db.Store.Webhooks.FanOutCursorAsync(Ct);
        Assert.True(await db.Store.Webhooks.EnqueueAsync(cursor, message.Sequence, [.. subscribers.Select(s => new OutboxEntry(message.Sequence, s.Id))], Ct));
        return message;
    }

    private static DeliveryAttempt Delivered(DueDelivery delivery) => new(delivery.Id, delivery.ClaimToken, DeliveryState.Delivered, null, 200, null);
}
