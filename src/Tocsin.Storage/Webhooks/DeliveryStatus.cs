namespace Tocsin.Storage.Webhooks;

/// <summary>Where a message stands for one subscriber: what a decision shows as received and acknowledged.</summary>
public sealed record DeliveryStatus(
    Guid SubscriberId,
    string SubscriberName,
    DeliveryState State,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? AcknowledgedAt);
