namespace Tocsin.Storage.Webhooks;

/// <summary>The parameters that record one <see cref="DeliveryAttempt"/>: the error is cut to
/// <see cref="MaxErrorLength"/> characters, the next attempt is in microseconds (null: unchanged).</summary>
internal sealed record DeliveryAttemptRow(string Id, string Token, string State, long? Next, int? Status, string? Error, long Now)
{
    public const int MaxErrorLength = 500;

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
            now);
    }
}
