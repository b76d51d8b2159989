using Tocsin.Core;
using Tocsin.Storage;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>A subscriber's delivery history, its dead letters and retrying one: the one service behind the API and the
/// administration pages.</summary>
internal sealed class SubscriberDeliveries(ITocsinStore store, WebhookSignal signal)
{
    /// <summary>The subscriber (removed or not) with its deliveries counted by state; fails with <c>subscriber-not-found</c>.</summary>
    public async Task<Result<(Subscriber Subscriber, DeliveryCounts Counts)>> DetailsAsync(Guid id, CancellationToken cancellationToken)
    {
        var subscriber = await store.Webhooks.FindSubscriberAsync(id, cancellationToken);
        if (subscriber is null)
        {
            return NotFound(id);
        }

        return (subscriber, await store.Webhooks.DeliveryCountsAsync(id, cancellationToken));
    }

    /// <summary>One page of the subscriber's history, newest first; fails with <c>subscriber-not-found</c>.</summary>
    public async Task<Result<SubscriberDeliveryPage>> PageAsync(Guid id, DeliveryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (await store.Webhooks.FindSubscriberAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        // One more than the page tells whether anything lies beyond it, so the last page has no next.
        var rows = await store.Webhooks.SubscriberDeliveriesAsync(id, filter.State, filter.Before, filter.Limit + 1, cancellationToken);
        var items = rows.Take(filter.Limit).Select(SubscriberDeliveryResponse.Of).ToList();
        return new SubscriberDeliveryPage(items, rows.Count > filter.Limit ? DeliveryCursor.Encode(items[^1].Id) : null);
    }

    /// <summary>One delivery of the subscriber with its attempts; fails with <c>subscriber-not-found</c> or <c>delivery-not-found</c>.</summary>
    public async Task<Result<DeliveryDetailsResponse>> DeliveryAsync(Guid id, Guid deliveryId, CancellationToken cancellationToken)
    {
        if (await store.Webhooks.FindSubscriberAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        var delivery = await store.Webhooks.FindDeliveryAsync(id, deliveryId, cancellationToken);
        if (delivery is null)
        {
            return new Error("delivery-not-found", $"Subscriber {id:D} has no delivery {deliveryId:D}.");
        }

        return new DeliveryDetailsResponse(SubscriberDeliveryResponse.Of(delivery), await store.Webhooks.AttemptsAsync(deliveryId, cancellationToken));
    }

    /// <summary>Puts a dead letter back in the outbox (<see cref="IWebhookStore.RetryDeadLetterAsync"/>) and wakes the
    /// dispatcher, so it is sent now rather than at the next poll.</summary>
    public async Task<Result<RetryResponse>> RetryAsync(Guid id, Guid deliveryId, CancellationToken cancellationToken)
    {
        var retried = await store.Webhooks.RetryDeadLetterAsync(id, deliveryId, cancellationToken);
        if (!retried.IsSuccess)
        {
            return retried.Error;
        }

        signal.Notify();
        return new RetryResponse(SubscriberDeliveryResponse.Of(retried.Value.Delivery), retried.Value.AlreadyQueued);
    }

    private static Error NotFound(Guid id) => new("subscriber-not-found", $"No subscriber has id {id:D}.");
}
