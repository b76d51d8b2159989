using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Tocsin.Core.Webhooks;
using Tocsin.Server.Signing;
using Tocsin.Server.Webhooks;
using Tocsin.Storage.Notifications;

namespace Tocsin.Server.Notifications;

/// <summary>POSTs one notification's JSON to the on-call webhook, signed exactly as subscriber webhooks are: Standard
/// Webhooks headers (the <c>webhook-id</c> is the notification id, the same on every retry) with the configured
/// secret, and the server's detached JWS in <c>X-Tocsin-Signature</c>. It goes through the subscribers' HTTP client,
/// so the same connect guard refuses private targets that are not allow-listed.</summary>
internal sealed class OnCallNotifier(IHttpClientFactory clients, ServerSigner signer, IOptions<NotificationOptions> options, TimeProvider clock)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    /// <summary>Null on a 2xx answer; otherwise why not.</summary>
    public async Task<string?> SendAsync(DueNotification due, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var key = WebhookSecret.KeyOf(settings.OnCallSecret) ?? throw new InvalidOperationException("The on-call secret was validated at start.");
        var body = Encoding.UTF8.GetBytes(due.Notification.Body);
        var id = due.Id.ToString("D");
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.OnCallUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonType;
        request.Headers.TryAddWithoutValidation(WebhookSignature.IdHeader, id);
        request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Sign(key, id, timestamp, body));
        request.Headers.TryAddWithoutValidation(SignatureHeaders.Signature, signer.SignDetached(body));
        try
        {
            using var response = await clients.CreateClient(WebhookSender.ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.IsSuccessStatusCode ? null : string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}");
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "timed out";
        }
    }
}
