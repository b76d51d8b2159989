namespace Tocsin.Storage.Notifications;

/// <summary>A subscriber that was sent a decision's message and has acknowledged none of that decision's messages.</summary>
/// <param name="DecisionId">The decision.</param>
/// <param name="PublicationIdentifier">Its earliest message addressed to the subscriber.</param>
/// <param name="Sent">That message's <c>sent</c> time (UTC).</param>
/// <param name="SubscriberId">The subscriber.</param>
/// <param name="SubscriberName">Its name.</param>
public sealed record UnacknowledgedDelivery(Guid DecisionId, string PublicationIdentifier, DateTimeOffset Sent, Guid SubscriberId, string SubscriberName);
