namespace Tocsin.Server.Webhooks;

/// <summary>A page of a subscriber's delivery history, newest first: <c>next</c> continues it, null at the end.</summary>
public sealed record SubscriberDeliveryPage(IReadOnlyList<SubscriberDeliveryResponse> Items, string? Next);
