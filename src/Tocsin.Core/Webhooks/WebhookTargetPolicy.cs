using System.Net;
using System.Net.Sockets;

namespace Tocsin.Core.Webhooks;

/// <summary>Which URLs Tocsin may POST to, so that a subscriber cannot turn the dispatcher against the
/// operator's own network (SSRF). A target must be an absolute <c>http</c> or <c>https</c> URL without
/// user information, and every address its host resolves to must be globally reachable: every range of the
/// IANA special-purpose registries that is not (loopback, private, shared, link-local, documentation,
/// benchmarking, reserved, …), multicast, and IPv6 forms that embed such an IPv4 address (IPv4-mapped,
/// IPv4-compatible, NAT64, 6to4, Teredo) are refused (<see cref="SpecialPurposeAddresses"/>) unless the host
/// name or the address is on the <see cref="WebhookAllowList"/>. The dispatcher applies <see cref="IsPermitted"/> again to the
/// address it actually connects to, so a DNS answer that changes after registration cannot reach a
/// private address.</summary>
public sealed class WebhookTargetPolicy(WebhookAllowList allowList)
{
    /// <summary>Checks the form of <paramref name="url"/> only (no resolution). Fails with
    /// <c>webhook-url-invalid</c>.</summary>
    public static Result<Uri> CheckForm(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new Error("webhook-url-invalid", $"'{url}' is not an absolute URL.");
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return new Error("webhook-url-invalid", $"A webhook URL must use http or https, not '{uri.Scheme}'.");
        }

        if (uri.UserInfo.Length > 0)
        {
            return new Error("webhook-url-invalid", "A webhook URL must not carry user information (user:password@).");
        }

        return uri.IdnHost.Length == 0 ? new Error("webhook-url-invalid", "A webhook URL needs a host.") : uri;
    }

    /// <summary>Checks the form of <paramref name="url"/>, resolves its host with <paramref name="resolve"/>
    /// (an IP literal is not resolved) and checks every address. Fails with <c>webhook-url-invalid</c>,
    /// <c>webhook-target-unresolvable</c> or <c>webhook-target-refused</c>.</summary>
    public async Task<Result<Uri>> CheckAsync(string? url, Func<string, CancellationToken, Task<IPAddress[]>> resolve, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        var form = CheckForm(url);
        if (!form.IsSuccess)
        {
            return form;
        }

        var uri = form.Value;
        var host = uri.IdnHost;
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await resolve(host, cancellationToken);
            }
            catch (SocketException ex)
            {
                return new Error("webhook-target-unresolvable", $"The host '{host}' does not resolve: {ex.Message}");
            }
        }

        if (addresses.Length == 0)
        {
            return new Error("webhook-target-unresolvable", $"The host '{host}' has no address.");
        }

        var refused = addresses.FirstOrDefault(a => !IsPermitted(host, a));
        return refused is null
            ? uri
            : new Error("webhook-target-refused", $"'{host}' resolves to {RefusalText(refused)}. Webhook targets must be public, never loopback, private, link-local or other special-purpose addresses; an operator may allow it with Tocsin:Webhooks:AllowList.");
    }

    /// <summary>True when Tocsin may connect to <paramref name="address"/> for a URL naming <paramref name="host"/>.</summary>
    public bool IsPermitted(string host, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var normal = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return IsPublic(normal) || allowList.AllowsHost(host) || allowList.AllowsAddress(normal);
    }

    /// <summary>True when <paramref name="address"/> is globally reachable: outside every refused range
    /// of <see cref="SpecialPurposeAddresses"/>.</summary>
    public static bool IsPublic(IPAddress address) => SpecialPurposeAddresses.Refusal(address) is null;

    /// <summary>Why <paramref name="address"/> is refused, for messages.</summary>
    public static string RefusalText(IPAddress address) => SpecialPurposeAddresses.Refusal(address) ?? address.ToString();
}
