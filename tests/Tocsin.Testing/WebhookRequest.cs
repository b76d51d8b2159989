namespace Tocsin.Testing;

/// <summary>One request a <see cref="FlakyWebhookReceiver"/> received: the path it was sent to, its <c>webhook-id</c>, the
/// message it names (<c>tocsin-cap-identifier</c>), its body and the status the receiver answered.</summary>
public sealed record WebhookRequest(string Path, string WebhookId, string Identifier, byte[] Body, int Status);
