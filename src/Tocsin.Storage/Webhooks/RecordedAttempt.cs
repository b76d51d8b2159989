namespace Tocsin.Storage.Webhooks;

/// <summary>One attempt of a delivery, as kept in its history.</summary>
/// <param name="Number">1 for the first attempt; numbering goes on across retries of a dead letter.</param>
/// <param name="AttemptedAt">When its outcome was recorded (UTC).</param>
/// <param name="Outcome">What followed: <c>delivered</c>, <c>retry</c> (another attempt was scheduled) or <c>dead</c>.</param>
/// <param name="StatusCode">The HTTP status received, or null when none was (timeout, refused connection).</param>
/// <param name="Error">A short reason when it failed.</param>
public sealed record RecordedAttempt(int Number, DateTimeOffset AttemptedAt, string Outcome, int? StatusCode, string? Error);
