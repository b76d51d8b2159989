namespace Tocsin.Storage.Webhooks;

/// <summary>The parameters that record one <see cref="DeliveryAttempt"/>: the error is cut to
/// <see cref="MaxErrorLength"/> characters, the next attempt is in microseconds (null: unchanged); <see cref="Outcome"/> is what
/// the attempt's history row says followed it.</summary>
internal sealed record DeliveryAttemptRow(string Id, string Token, string State, long? Next, int? Status, string? Error, long Now, string Outcome)
{
    public const int MaxErrorLength = 500;

    /// <summary>Keeps the attempt in <c>webhook_attempts</c>; run before the UPDATE that records it, with the same parameters,
    /// so that it matches only a delivery still claimed with the attempt's token, exactly as that UPDATE does.</summary>
    public const string InsertHistory =
        """
        INSERT INTO webhook_attempts (delivery_id, number, attempted_at, outcome, status, error)
        SELECT d.id, (SELECT COUNT(*) FROM webhook_attempts h WHERE h.delivery_id = d.id) + 1, @Now, @Outcome, @Status, @Error
        FROM webhook_deliveries d WHERE d.id = @Id AND d.claim_token = @Token AND d.state = 'pending'
        """;

    public static DeliveryAttemptRow Of(DeliveryAttempt attempt, long now)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return new(
            attempt.DeliveryId.ToString("D"),
            attempt.ClaimToken.ToString("D"),
            DeliveryStateNames.Of(attempt.State),
            attempt.NextAttemptAt is { } next ? DateAddedStamp.FromInstant(next).Microseconds : null,
            attempt.StatusCode,
            attempt.Error is { Length: > MaxErrorLength } text ? text[..MaxErrorLength] : attempt.Error,
            now,
            attempt.State switch
            {
                DeliveryState.Delivered => "delivered",
                DeliveryState.Pending => "retry",
                DeliveryState.Dead => "dead",
            });
    }
}
