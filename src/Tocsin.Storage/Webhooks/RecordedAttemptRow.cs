namespace Tocsin.Storage.Webhooks;

/// <summary>A <c>webhook_attempts</c> row as read back.</summary>
internal sealed record RecordedAttemptRow(long Number, long AttemptedAt, string Outcome, long? Status, string? Error)
{
    public RecordedAttempt ToAttempt() =>
        new((int)Number, new DateAddedStamp(AttemptedAt).Instant, Outcome, Status is { } status ? (int)status : null, Error);
}
