using System.Net.Http.Headers;
using System.Globalization;
using Tocsin.Core.Webhooks;
using Tocsin.Server.Signing;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>One POST of a CAP message (or of a posture message, as JSON) to a subscriber, signed in the Standard Webhooks form. The
/// <c>webhook-id</c> is the delivery id (the same on every retry, for the subscriber's deduplication); the
/// timestamp and signature are fresh on each attempt. The body also carries the server's detached JWS in
/// <c>X-Tocsin-Signature</c> (docs/signatures.md): the HMAC proves the shared secret, the JWS proves the server.</summary>
internal sealed class WebhookSender(IHttpClientFactory clients, WebhookSecretBox box, ServerSigner signer, TimeProvider clock)
{
    public const string ClientName = "tocsin-webhooks";

    private static readonly MediaTypeHeaderValue CapXml = new("application/cap+xml");
    private static readonly MediaTypeHeaderValue PostureJson = new("application/json");

    /// <summary>The HTTP status received (null when none was) and, when not 2xx, a short reason.</summary>
    public async Task<(int? Status, string? Error)> SendAsync(DueDelivery delivery, CancellationToken cancellationToken)
    {
        var key = WebhookSecret.KeyOf(box.Open(delivery.SubscriberId, delivery.EncryptedSecret.Span))
            ?? throw new InvalidOperationException($"Subscriber {delivery.SubscriberId} has an unusable secret.");
        var id = delivery.Id.ToString("D");
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ReadOnlyMemoryContent(delivery.Body) };
        request.Content.Headers.ContentType = delivery.PostureMessageId is null ? CapXml : PostureJson;
        request.Headers.TryAddWithoutValidation(WebhookSignature.IdHeader, id);
        request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Sign(key, id, timestamp, delivery.Body.Span));
        request.Headers.TryAddWithoutValidation(SignatureHeaders.Signature, signer.SignDetached(delivery.Body.Span));
        request.Headers.TryAddWithoutValidation(delivery.PostureMessageId is null ? "tocsin-cap-identifier" : "tocsin-posture-message", delivery.PublicationIdentifier);
        var client = clients.CreateClient(ClientName);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return (status, response.IsSuccessStatusCode ? null : string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"));
        }
        catch (HttpRequestException ex)
        {
            return (null, ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "timed out");
        }
    }
}
