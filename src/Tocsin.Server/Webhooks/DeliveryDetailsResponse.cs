using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>One delivery with every attempt it has had, first first.</summary>
public sealed record DeliveryDetailsResponse(SubscriberDeliveryResponse Delivery, IReadOnlyList<RecordedAttempt> AttemptHistory);
