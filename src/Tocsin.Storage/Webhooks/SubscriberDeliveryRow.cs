namespace Tocsin.Storage.Webhooks;

/// <summary>A <see cref="SubscriberDelivery"/> as read back, times in microseconds since the Unix epoch. A CAP message's
/// identifier and acknowledgement and a posture message's are read as separate columns (SQLite gives an expression's column no type Dapper can match).</summary>
internal sealed record SubscriberDeliveryRow(string Id, string SubscriberId, long? PublicationSequence, string? PublicationIdentifier, string? DecisionId,
    string? MessageId, string State, long Attempts, long? LastStatus, string? LastError, long NextAttemptAt, long? DeliveredAt, long? AcknowledgedAt,
    long? MessageAcknowledgedAt, long Retries, long? RetriedAt)
{
    /// <summary>Every column, from <c>webhook_deliveries d</c> with its message and acknowledgement; a query adds its WHERE.</summary>
    public const string Select =
        """
        SELECT d.id AS Id, d.subscriber_id AS SubscriberId, d.publication_sequence AS PublicationSequence,
               p.identifier AS PublicationIdentifier, p.decision_id AS DecisionId, d.message_id AS MessageId,
               d.state AS State, d.attempts AS Attempts, d.last_status AS LastStatus, d.last_error AS LastError,
               d.next_attempt_at AS NextAttemptAt, d.delivered_at AS DeliveredAt,
               a.acknowledged_at AS AcknowledgedAt, m.acknowledged_at AS MessageAcknowledgedAt, d.retries AS Retries, d.retried_at AS RetriedAt
        FROM webhook_deliveries d
        LEFT JOIN publications p ON p.sequence = d.publication_sequence
        LEFT JOIN posture_messages m ON m.id = d.message_id
        LEFT JOIN webhook_acknowledgements a ON a.publication_sequence = d.publication_sequence AND a.subscriber_id = d.subscriber_id
        """;

    public SubscriberDelivery ToDelivery()
    {
        var state = DeliveryStateNames.Parse(State);
        return new(Guid.Parse(Id), Guid.Parse(SubscriberId), PublicationSequence, PublicationIdentifier ?? MessageId ?? string.Empty,
            DecisionId is { } decision ? Guid.Parse(decision) : null, MessageId is { } message ? Guid.Parse(message) : null,
            state, (int)Attempts, LastStatus is { } status ? (int)status : null, LastError,
            state == DeliveryState.Pending ? Instant(NextAttemptAt) : null, Instant(DeliveredAt), Instant(AcknowledgedAt ?? MessageAcknowledgedAt), (int)Retries, Instant(RetriedAt));
    }

    private static DateTimeOffset? Instant(long? micros) => micros is { } at ? new DateAddedStamp(at).Instant : null;
}
