using Tocsin.Core;

namespace Tocsin.Storage.Webhooks;

/// <summary>Webhook subscribers, the durable outbox of deliveries, acknowledgements and the fan-out cursor.
/// Part of the storage contract (<see cref="ITocsinStore.Webhooks"/>): both engines implement it. Every
/// method reads the store's clock for "now".</summary>
public interface IWebhookStore
{
    /// <summary>Adds a subscriber (its <see cref="Subscriber.CreatedAt"/> is set here). Fails with
    /// <c>subscriber-name-invalid</c>, <c>subscriber-name-taken</c> or <c>subscriber-id-taken</c>.</summary>
    Task<Result<Subscriber>> AddSubscriberAsync(Subscriber subscriber, CancellationToken cancellationToken);

    /// <summary>Subscribers by name; disabled ones only when <paramref name="includeDisabled"/>.</summary>
    Task<IReadOnlyList<Subscriber>> ListSubscribersAsync(bool includeDisabled, CancellationToken cancellationToken);

    /// <summary>The subscriber with <paramref name="id"/> (disabled or not), or null.</summary>
    Task<Subscriber?> FindSubscriberAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Disables a subscriber: it receives nothing more and its pending deliveries become dead
    /// letters; its history stays. Fails with <c>subscriber-not-found</c> (unknown or already disabled).</summary>
    Task<Result<Unit>> DisableSubscriberAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Replaces an active subscriber's sectors and recipient groups (ids already checked by the caller),
    /// audited. Fails with <c>subscriber-not-found</c> (unknown or disabled); nothing changes then.</summary>
    Task<Result<Subscriber>> SetRecipientTermsAsync(Guid id, IReadOnlyList<string> sectors, IReadOnlyList<string> groups, CancellationToken cancellationToken);

    /// <summary>The sequence of the last publication the fan-out handled.</summary>
    Task<long> FanOutCursorAsync(CancellationToken cancellationToken);

    /// <summary>Moves the fan-out cursor from <paramref name="fromSequence"/> to <paramref name="toSequence"/>
    /// and writes <paramref name="entries"/> as pending deliveries due now, in one transaction. Returns false,
    /// writing nothing, when the cursor is no longer at <paramref name="fromSequence"/> (another node handled
    /// the batch). An entry already in the outbox is not written twice.</summary>
    Task<bool> EnqueueAsync(long fromSequence, long toSequence, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="limit"/> pending deliveries that are due and not claimed (or whose
    /// claim expired), oldest due first, for <paramref name="lease"/>: until then no other caller, in this
    /// process or another, receives them. Deliveries of disabled subscribers are never claimed.</summary>
    Task<IReadOnlyList<DueDelivery>> ClaimDueAsync(int limit, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records attempts in one transaction and releases their claims. An attempt whose claim token no
    /// longer matches (the lease expired and another dispatcher claimed it) is ignored. Returns how many
    /// were recorded.</summary>
    Task<int> RecordAttemptsAsync(IReadOnlyList<DeliveryAttempt> attempts, CancellationToken cancellationToken);

    /// <summary>Records that a subscriber acknowledged the message <paramref name="publicationIdentifier"/>;
    /// a repeat keeps the first time. Fails with <c>delivery-not-found</c> when the message was never
    /// addressed to this subscriber.</summary>
    Task<Result<Acknowledgement>> AcknowledgeAsync(Guid subscriberId, string publicationIdentifier, CancellationToken cancellationToken);

    /// <summary>Every subscriber a message was addressed to, by name, with delivery and acknowledgement.</summary>
    Task<IReadOnlyList<DeliveryStatus>> DeliveriesAsync(long publicationSequence, CancellationToken cancellationToken);

    /// <summary>How many of the subscriber's deliveries are pending, delivered and dead (zeros for an unknown id).</summary>
    Task<DeliveryCounts> DeliveryCountsAsync(Guid subscriberId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> of the subscriber's deliveries, newest first, in <paramref name="state"/>
    /// when given, strictly older than the delivery <paramref name="before"/> when given (the last one of the page before).</summary>
    Task<IReadOnlyList<SubscriberDelivery>> SubscriberDeliveriesAsync(Guid subscriberId, DeliveryState? state, Guid? before, int limit,
        CancellationToken cancellationToken);

    /// <summary>The subscriber's delivery <paramref name="deliveryId"/>, or null when it has none by that id.</summary>
    Task<SubscriberDelivery?> FindDeliveryAsync(Guid subscriberId, Guid deliveryId, CancellationToken cancellationToken);

    /// <summary>Every recorded attempt of a delivery, first first (empty for one not yet attempted).</summary>
    Task<IReadOnlyList<RecordedAttempt>> AttemptsAsync(Guid deliveryId, CancellationToken cancellationToken);

    /// <summary>Puts a dead letter back in the outbox, audited (<c>subscriber.retry</c>) in the same transaction: pending, due
    /// now, attempts back at 0 so the backoff starts over, same delivery id (the <c>webhook-id</c>). A repeat before the
    /// next attempt changes nothing and says so (<see cref="RetriedDelivery.AlreadyQueued"/>). Fails, changing nothing, with
    /// <c>subscriber-not-found</c>, <c>delivery-not-found</c>, <c>subscriber-removed</c>, <c>delivery-not-dead</c> or
    /// <c>delivery-acknowledged</c>.</summary>
    Task<Result<RetriedDelivery>> RetryDeadLetterAsync(Guid subscriberId, Guid deliveryId, CancellationToken cancellationToken);
}
