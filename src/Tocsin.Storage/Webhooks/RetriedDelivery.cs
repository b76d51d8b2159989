namespace Tocsin.Storage.Webhooks;

/// <summary>A dead letter put back in the outbox.</summary>
/// <param name="Delivery">The delivery as it now stands: pending, due now, attempts back at 0.</param>
/// <param name="AlreadyQueued">True when an earlier retry had already put it back and it was not attempted since:
/// the request changed nothing (a double submit).</param>
public sealed record RetriedDelivery(SubscriberDelivery Delivery, bool AlreadyQueued);
