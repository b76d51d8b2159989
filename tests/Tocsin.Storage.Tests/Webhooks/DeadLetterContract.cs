using System.Text;
using Tocsin.Core.Audit;
using Tocsin.Core.Cap;
using Tocsin.Storage.Publications;
using Tocsin.Storage.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Webhooks;

/// <summary>Contract: a subscriber's delivery history with its attempts, and retrying a dead letter. Each engine
/// derives a test class from it.</summary>
public abstract class DeadLetterContract : StoreContractBase
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_retried_dead_letter_is_claimed_again_with_the_same_id_and_its_attempts_from_zero()
    {
        await using var db = await OpenAsync();
        var (subscriber, dead) = await DeadLetterAsync(db);

        var retried = await db.Store.Webhooks.RetryDeadLetterAsync(subscriber.Id, dead.Id, Ct);
        var claimed = Assert.Single(await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct));

        Assert.Equal((false, DeliveryState.Pending, 1, dead.Id, 0),
            (retried.Value.AlreadyQueued, retried.Value.Delivery.State, retried.Value.Delivery.Retries, claimed.Id, claimed.Attempts));
    }

    [Fact]
    public async Task A_retry_is_audited_once_even_when_submitted_twice()
    {
        await using var db = await OpenAsync();
        var (subscriber, dead) = await DeadLetterAsync(db);

        await db.Store.Webhooks.RetryDeadLetterAsync(subscriber.Id, dead.Id, Ct);
        var again = await db.Store.Webhooks.RetryDeadLetterAsync(subscriber.Id, dead.Id, Ct);

        var audited = await AuditedAsync(db, AuditActions.SubscriberRetry);
        Assert.Equal((true, 1, subscriber.Id.ToString("D"), 1),
            (again.Value.AlreadyQueued, again.Value.Delivery.Retries, Assert.Single(audited).Subject, (await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct)).Count));
    }

    [Fact]
    public async Task Every_attempt_is_kept_across_a_retry_and_a_delivered_retry_is_never_claimed_again()
    {
        await using var db = await OpenAsync();
        var (subscriber, dead) = await DeadLetterAsync(db);
        await db.Store.Webhooks.RetryDeadLetterAsync(subscriber.Id, dead.Id, Ct);
        var claimed = Assert.Single(await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct));
        await db.Store.Webhooks.RecordAttemptsAsync([new(claimed.Id, claimed.ClaimToken, DeliveryState.Delivered, null, 204, null)], Ct);

        db.Clock.Advance(TimeSpan.FromHours(1));
        var later = await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct);

        var attempts = await db.Store.Webhooks.AttemptsAsync(dead.Id, Ct);
        var delivery = await db.Store.Webhooks.FindDeliveryAsync(subscriber.Id, dead.Id, Ct);
        Assert.Equal((0, "1:dead:503 2:delivered:204", DeliveryState.Delivered, 1),
            (later.Count, string.Join(' ', attempts.Select(a => $"{a.Number}:{a.Outcome}:{a.StatusCode}")), delivery!.State, delivery.Attempts));
    }

    [Fact]
    public async Task Only_a_dead_letter_can_be_retried()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db);
        await EnqueueAsync(db, subscriber);
        var pending = Assert.Single(await db.Store.Webhooks.SubscriberDeliveriesAsync(subscriber.Id, null, null, 10, Ct));

        var retried = await db.Store.Webhooks.RetryDeadLetterAsync(subscriber.Id, pending.Id, Ct);

        Assert.Equal(("delivery-not-dead", 0), (retried.Error?.Code, (await AuditedAsync(db, AuditActions.SubscriberRetry)).Count));
    }

    [Fact]
    public async Task A_removed_subscribers_dead_letters_cannot_be_retried()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db);
        await EnqueueAsync(db, subscriber);
        await db.Store.Webhooks.DisableSubscriberAsync(subscriber.Id, Ct);
        var dead = Assert.Single(await db.Store.Webhooks.SubscriberDeliveriesAsync(subscriber.Id, DeliveryState.Dead, null, 10, Ct));

        var retried = await db.Store.Webhooks.RetryDeadLetterAsync(subscriber.Id, dead.Id, Ct);

        Assert.Equal(("subscriber-removed", DeliveryState.Dead), (retried.Error?.Code, (await db.Store.Webhooks.FindDeliveryAsync(subscriber.Id, dead.Id, Ct))!.State));
    }

    [Fact]
    public async Task An_acknowledged_dead_letter_is_not_sent_again()
    {
        await using var db = await OpenAsync();
        var (subscriber, dead) = await DeadLetterAsync(db);
        await db.Store.Webhooks.AcknowledgeAsync(subscriber.Id, dead.PublicationIdentifier, Ct);

        var retried = await db.Store.Webhooks.RetryDeadLetterAsync(subscriber.Id, dead.Id, Ct);

        Assert.Equal("delivery-acknowledged", retried.Error?.Code);
    }

    [Fact]
    public async Task Retrying_with_an_unknown_subscriber_or_another_subscribers_delivery_is_not_found()
    {
        await using var db = await OpenAsync();
        var (_, dead) = await DeadLetterAsync(db);
        var other = await AddSubscriberAsync(db);

        var unknown = await db.Store.Webhooks.RetryDeadLetterAsync(Guid.NewGuid(), dead.Id, Ct);
        var foreign = await db.Store.Webhooks.RetryDeadLetterAsync(other.Id, dead.Id, Ct);

        Assert.Equal(("subscriber-not-found", "delivery-not-found"), (unknown.Error?.Code, foreign.Error?.Code));
    }

    [Fact]
    public async Task The_history_is_newest_first_paged_without_overlap_and_filtered_by_state()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db);
        var identifiers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            identifiers.Add((await EnqueueAsync(db, subscriber)).Identifier);
            await Task.Delay(2, Ct); // delivery ids are UUIDv7: their order is the millisecond they were enqueued in
        }

        var first = await db.Store.Webhooks.SubscriberDeliveriesAsync(subscriber.Id, null, null, 3, Ct);
        var second = await db.Store.Webhooks.SubscriberDeliveriesAsync(subscriber.Id, null, first[^1].Id, 3, Ct);
        var dead = await db.Store.Webhooks.SubscriberDeliveriesAsync(subscriber.Id, DeliveryState.Dead, null, 10, Ct);

        Assert.Equal(Enumerable.Reverse(identifiers), first.Concat(second).Select(d => d.PublicationIdentifier));
        Assert.Equal((0, new DeliveryCounts(5, 0, 0)), (dead.Count, await db.Store.Webhooks.DeliveryCountsAsync(subscriber.Id, Ct)));
    }

    private static async Task<List<AuditEntry>> AuditedAsync(TestStore db, string action)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in db.Store.Audit.ReadAsync(0, 10_000, Ct))
        {
            if (entry.Action == action)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>A subscriber with one message whose only attempt failed for good.</summary>
    private static async Task<(Subscriber Subscriber, SubscriberDelivery Dead)> DeadLetterAsync(TestStore db)
    {
        var subscriber = await AddSubscriberAsync(db);
        await EnqueueAsync(db, subscriber);
        var claimed = Assert.Single(await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct));
        await db.Store.Webhooks.RecordAttemptsAsync([new(claimed.Id, claimed.ClaimToken, DeliveryState.Dead, null, 503, "HTTP 503")], Ct);
        return (subscriber, (await db.Store.Webhooks.FindDeliveryAsync(subscriber.Id, claimed.Id, Ct))!);
    }

    private static async Task<Subscriber> AddSubscriberAsync(TestStore db) =>
        (await db.Store.Webhooks.AddSubscriberAsync(new Subscriber(Guid.NewGuid(), Some.Alias("sub"), "https://203.0.113.7/hook", [], false,
            Encoding.UTF8.GetBytes("opaque"), default, null), Ct)).Value;

    private static async Task<Publication> EnqueueAsync(TestStore db, Subscriber subscriber)
    {
        var identifier = Some.Alias("tocsin");
        var message = (await db.Store.Publications.AddAsync(new Publication(
            0, identifier, null, TestStore.Start, CapStatus.Actual, CapMsgType.Alert, CapScope.Public, "vigipirate", "urgence-attentat",
            ["FRA"], "Urgence attentat", Encoding.UTF8.GetBytes($"<alert><identifier>{identifier}</identifier></alert>")), Ct)).Value;
        var cursor = await db.Store.Webhooks.FanOutCursorAsync(Ct);
        Assert.True(await db.Store.Webhooks.EnqueueAsync(cursor, message.Sequence, [new(message.Sequence, subscriber.Id)], Ct));
        return message;
    }
}
