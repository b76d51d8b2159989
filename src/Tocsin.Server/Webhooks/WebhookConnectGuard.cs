using System.Net;
using System.Net.Sockets;
using Tocsin.Core.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>The dispatcher's only way to open a connection: resolves the host itself and connects only to
/// addresses the target policy permits (<see cref="SpecialPurposeAddresses"/>, unless allow-listed), so that a
/// DNS answer changed after registration (rebinding) cannot reach loopback, a private network or any other
/// special-purpose range. It is the <see cref="SocketsHttpHandler.ConnectCallback"/> of the webhook client.</summary>
internal sealed class WebhookConnectGuard(WebhookTargetPolicy policy)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var permitted = addresses.Where(a => policy.IsPermitted(host, a)).ToArray();
        if (permitted.Length == 0)
        {
            throw new HttpRequestException($"Refused to connect: '{host}' resolves only to refused addresses ({WebhookTargetPolicy.RefusalText(addresses[0])}).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
