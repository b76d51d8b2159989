namespace Tocsin.Storage.Webhooks;

/// <summary>One delivery of a message with its subscriber's name and acknowledgement, as read back.</summary>
internal sealed record DeliveryStatusRow(string SubscriberId, string SubscriberName, string State, long Attempts, long? LastStatus, string? LastError,
    long? DeliveredAt, long? AcknowledgedAt)
{
    public DeliveryStatus ToStatus() => new(Guid.Parse(SubscriberId), SubscriberName, DeliveryStateNames.Parse(State), (int)Attempts,
        LastStatus is { } status ? (int)status : null, LastError,
        DeliveredAt is { } delivered ? new DateAddedStamp(delivered).Instant : null,
        AcknowledgedAt is { } acknowledged ? new DateAddedStamp(acknowledged).Instant : null);
}
