using System.Net;
using System.Net.Sockets;
using Tocsin.Core.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>The dispatcher's only way to open a connection: resolves the host itself and connects only to
/// addresses the target policy permits, so that a DNS answer changed after registration (rebinding)
/// cannot reach loopback or a private network.</summary>
internal sealed class WebhookConnectGuard(WebhookTargetPolicy policy)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var permitted = addresses.Where(a => policy.IsPermitted(host, a)).ToArray();
        if (permitted.Length == 0)
        {
            throw new HttpRequestException($"Refused to connect: '{host}' resolves only to loopback, private or link-local addresses.");
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
