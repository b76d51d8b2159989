using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Notifications;

/// <summary>The outcome of sending one claimed notification.</summary>
/// <param name="Id">The notification.</param>
/// <param name="ClaimToken">The token of the claim it was sent under; a stale claim records nothing.</param>
/// <param name="State">Delivered, pending again (retry at <paramref name="NextAttemptAt"/>), or dead.</param>
/// <param name="NextAttemptAt">When to retry; only for <see cref="DeliveryState.Pending"/>.</param>
/// <param name="Error">Why it failed, when it did.</param>
public sealed record NotificationAttempt(Guid Id, Guid ClaimToken, DeliveryState State, DateTimeOffset? NextAttemptAt, string? Error);
