namespace Tocsin.Testing;

/// <summary>One request a <see cref="FlakyWebhookReceiver"/> received: the path it was sent to, its <c>webhook-id</c>, the
/// message it names (<c>tocsin-cap-identifier</c>), its body, the status the receiver answered, and its place in the
/// order requests arrived in (from 0).</summary>
public sealed record WebhookRequest(string Path, string WebhookId, string Identifier, byte[] Body, int Status, int Arrival);
