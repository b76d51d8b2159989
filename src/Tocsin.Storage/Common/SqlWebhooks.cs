using Tocsin.Core;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Common;

/// <summary><see cref="IWebhookStore"/> on either engine: the subscribers written once, the engine's own outbox.</summary>
internal sealed class SqlWebhooks(IStoreDatabase database, IWebhookOutbox outbox) : IWebhookStore
{
    private readonly SqlWebhookSubscribers _subscribers = new(database);
    private readonly SqlWebhookDeliveries _deliveries = new(database);
    private readonly IWebhookOutbox _outbox = outbox;

    public Task<Result<Subscriber>> AddSubscriberAsync(Subscriber subscriber, CancellationToken cancellationToken) =>
        _subscribers.AddAsync(subscriber, cancellationToken);

    public Task<IReadOnlyList<Subscriber>> ListSubscribersAsync(bool includeDisabled, CancellationToken cancellationToken) =>
        _subscribers.ListAsync(includeDisabled, cancellationToken);

    public Task<Subscriber?> FindSubscriberAsync(Guid id, CancellationToken cancellationToken) => _subscribers.FindAsync(id, cancellationToken);

    public Task<Result<Unit>> DisableSubscriberAsync(Guid id, CancellationToken cancellationToken) => _subscribers.DisableAsync(id, cancellationToken);

    public Task<Result<Subscriber>> SetRecipientTermsAsync(Guid id, IReadOnlyList<string> sectors, IReadOnlyList<string> groups,
        CancellationToken cancellationToken) => _subscribers.SetRecipientTermsAsync(id, sectors, groups, cancellationToken);

    public Task<long> FanOutCursorAsync(CancellationToken cancellationToken) => _outbox.CursorAsync(cancellationToken);

    public Task<bool> EnqueueAsync(long fromSequence, long toSequence, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken) =>
        _outbox.EnqueueAsync(fromSequence, toSequence, entries, cancellationToken);

    public Task<IReadOnlyList<DueDelivery>> ClaimDueAsync(int limit, TimeSpan lease, CancellationToken cancellationToken) =>
        _outbox.ClaimAsync(limit, lease, cancellationToken);

    public Task<int> RecordAttemptsAsync(IReadOnlyList<DeliveryAttempt> attempts, CancellationToken cancellationToken) =>
        _outbox.RecordAsync(attempts, cancellationToken);

    public Task<Result<Acknowledgement>> AcknowledgeAsync(Guid subscriberId, string publicationIdentifier, CancellationToken cancellationToken) =>
        _outbox.AcknowledgeAsync(subscriberId, publicationIdentifier, cancellationToken);

    public Task<IReadOnlyList<DeliveryStatus>> DeliveriesAsync(long publicationSequence, CancellationToken cancellationToken) =>
        _outbox.DeliveriesAsync(publicationSequence, cancellationToken);

    public Task<DeliveryCounts> DeliveryCountsAsync(Guid subscriberId, CancellationToken cancellationToken) =>
        _deliveries.CountsAsync(subscriberId, cancellationToken);

    public Task<IReadOnlyList<SubscriberDelivery>> SubscriberDeliveriesAsync(Guid subscriberId, DeliveryState? state, Guid? before, int limit,
        CancellationToken cancellationToken) => _deliveries.ListAsync(subscriberId, state, before, limit, cancellationToken);

    public Task<SubscriberDelivery?> FindDeliveryAsync(Guid subscriberId, Guid deliveryId, CancellationToken cancellationToken) =>
        _deliveries.FindAsync(subscriberId, deliveryId, cancellationToken);

    public Task<IReadOnlyList<RecordedAttempt>> AttemptsAsync(Guid deliveryId, CancellationToken cancellationToken) =>
        _deliveries.AttemptsAsync(deliveryId, cancellationToken);

    public Task<Result<RetriedDelivery>> RetryDeadLetterAsync(Guid subscriberId, Guid deliveryId, CancellationToken cancellationToken) =>
        _deliveries.RetryAsync(subscriberId, deliveryId, cancellationToken);
}
