using System.Net;

namespace Tocsin.Core.Webhooks;

/// <summary>Targets an operator allows although they are on loopback or a private network: host names
/// (exact, case-insensitive) and address ranges in CIDR form (a bare address is a /32 or /128).</summary>
public sealed class WebhookAllowList
{
    private readonly HashSet<string> _hosts;
    private readonly IReadOnlyList<IPNetwork> _networks;

    private WebhookAllowList(HashSet<string> hosts, IReadOnlyList<IPNetwork> networks)
    {
        _hosts = hosts;
        _networks = networks;
    }

    /// <summary>Allows nothing beyond public addresses.</summary>
    public static WebhookAllowList Empty { get; } = new([], []);

    /// <summary>Reads entries; fails with <c>webhook-allow-list-invalid</c> naming the first entry that is
    /// neither a host name nor an address or CIDR range.</summary>
    public static Result<WebhookAllowList> Parse(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var networks = new List<IPNetwork>();
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else if (Uri.CheckHostName(entry) == UriHostNameType.Dns)
            {
                hosts.Add(entry);
            }
            else
            {
                return new Error("webhook-allow-list-invalid", $"Allow-list entry '{raw}' is neither a host name nor an address or CIDR range.");
            }
        }

        return new WebhookAllowList(hosts, networks);
    }

    /// <summary>True when <paramref name="host"/> is allowed by name.</summary>
    public bool AllowsHost(string host) => _hosts.Contains(host);

    /// <summary>True when <paramref name="address"/> lies in an allowed range.</summary>
    public bool AllowsAddress(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var normal = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _networks.Any(n => n.Contains(normal));
    }
}
