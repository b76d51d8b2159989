namespace Tocsin.Storage.Webhooks;

/// <summary>One delivery in a subscriber's history: what it carries and where it stands.</summary>
/// <param name="Id">The delivery id, sent as <c>webhook-id</c> on every attempt, retries included.</param>
/// <param name="SubscriberId">The subscriber.</param>
/// <param name="PublicationSequence">The CAP message's sequence; null for a posture message.</param>
/// <param name="PublicationIdentifier">The CAP message's identifier, or the posture message's id.</param>
/// <param name="DecisionId">The decision the CAP message published, when it has one.</param>
/// <param name="PostureMessageId">The posture message it carries; null for a CAP message.</param>
/// <param name="State">Pending, delivered or dead.</param>
/// <param name="Attempts">Attempts since it was enqueued, or since it was last retried.</param>
/// <param name="LastStatusCode">The HTTP status of the last attempt, or null when none came back.</param>
/// <param name="LastError">A short reason when the last attempt failed.</param>
/// <param name="NextAttemptAt">When pending: the earliest next attempt (UTC).</param>
/// <param name="DeliveredAt">When the subscriber answered 2xx (UTC).</param>
/// <param name="AcknowledgedAt">When the subscriber first acknowledged the message (UTC).</param>
/// <param name="Retries">How many times an administrator retried it as a dead letter.</param>
/// <param name="RetriedAt">When it was last retried (UTC).</param>
public sealed record SubscriberDelivery(
    Guid Id,
    Guid SubscriberId,
    long? PublicationSequence,
    string PublicationIdentifier,
    Guid? DecisionId,
    Guid? PostureMessageId,
    DeliveryState State,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? AcknowledgedAt,
    int Retries,
    DateTimeOffset? RetriedAt);
