namespace Tocsin.Storage.Webhooks;

/// <summary>Where one outbox delivery stands.</summary>
public enum DeliveryState
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    /// <summary>The subscriber answered 2xx.</summary>
    Delivered,

    /// <summary>Dead letter: every attempt failed, or the subscriber was removed.</summary>
    Dead,
}
