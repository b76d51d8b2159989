using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>One delivery of a subscriber's history on the wire (snake_case). <see cref="WebhookId"/> is the
/// <c>webhook-id</c> header it is sent with, the same on every attempt and retry; times are UTC.</summary>
public sealed record SubscriberDeliveryResponse(
    Guid Id,
    string WebhookId,
    string Publication,
    long? PublicationSequence,
    Guid? DecisionId,
    Guid? PostureMessageId,
    string State,
    int Attempts,
    int? LastStatus,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? AcknowledgedAt,
    int Retries,
    DateTimeOffset? RetriedAt)
{
    internal static SubscriberDeliveryResponse Of(SubscriberDelivery d) => new(d.Id, d.Id.ToString("D"), d.PublicationIdentifier, d.PublicationSequence,
        d.DecisionId, d.PostureMessageId, StateName(d.State), d.Attempts, d.LastStatusCode, d.LastError, d.NextAttemptAt, d.DeliveredAt, d.AcknowledgedAt,
        d.Retries, d.RetriedAt);

    /// <summary>The wire name of a state, as the <c>state</c> filter takes it.</summary>
    public static string StateName(DeliveryState state) => state switch
    {
        DeliveryState.Pending => "pending",
        DeliveryState.Delivered => "delivered",
        DeliveryState.Dead => "dead",
    };
}
