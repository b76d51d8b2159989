namespace Tocsin.Storage.Webhooks;

/// <summary>The outcome of one attempt, to record against a claimed delivery.</summary>
/// <param name="DeliveryId">The delivery.</param>
/// <param name="ClaimToken">The claim it was made under.</param>
/// <param name="State">Delivered, Pending (retry at <paramref name="NextAttemptAt"/>) or Dead.</param>
/// <param name="NextAttemptAt">When Pending: the earliest next attempt.</param>
/// <param name="StatusCode">The HTTP status received, or null when none was (timeout, refused connection).</param>
/// <param name="Error">A short reason when the attempt failed.</param>
public sealed record DeliveryAttempt(Guid DeliveryId, Guid ClaimToken, DeliveryState State, DateTimeOffset? NextAttemptAt, int? StatusCode, string? Error);
