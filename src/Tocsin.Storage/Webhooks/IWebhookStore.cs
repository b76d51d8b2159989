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
}
