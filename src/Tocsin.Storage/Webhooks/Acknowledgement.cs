namespace Tocsin.Storage.Webhooks;

/// <summary>A subscriber's acknowledgement of a message it received (the first one counts).</summary>
public sealed record Acknowledgement(Guid SubscriberId, long PublicationSequence, string PublicationIdentifier, DateTimeOffset AcknowledgedAt);
