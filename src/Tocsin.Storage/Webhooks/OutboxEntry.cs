namespace Tocsin.Storage.Webhooks;

/// <summary>One message to deliver to one subscriber, written by the fan-out.</summary>
public sealed record OutboxEntry(long PublicationSequence, Guid SubscriberId);
