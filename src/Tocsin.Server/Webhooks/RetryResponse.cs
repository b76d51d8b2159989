namespace Tocsin.Server.Webhooks;

/// <summary>A retried dead letter as it now stands; <see cref="AlreadyQueued"/> when an earlier retry had put it back
/// already and this one changed nothing.</summary>
public sealed record RetryResponse(SubscriberDeliveryResponse Delivery, bool AlreadyQueued);
