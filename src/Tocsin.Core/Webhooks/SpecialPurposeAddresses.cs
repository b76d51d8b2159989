using System.Net;
using System.Net.Sockets;

namespace Tocsin.Core.Webhooks;

/// <summary>Classifies an address a webhook would connect to, against the IANA IPv4 and IPv6
/// Special-Purpose Address Registries (RFC 6890, updated by RFC 8190;
/// https://www.iana.org/assignments/iana-ipv4-special-registry and
/// https://www.iana.org/assignments/iana-ipv6-special-registry), plus multicast (RFC 5771, RFC 4291 §2.7)
/// and the IPv6 space outside global unicast 2000::/3 (IANA IPv6 address space registry).</summary>
/// <remarks>The most specific entry decides, as in the registries (192.0.0.9/32 is reachable inside the
/// unreachable 192.0.0.0/24). An address in an entry that is not globally reachable is refused; an IPv6
/// address that embeds an IPv4 address (IPv4-mapped, IPv4-compatible, IPv4-translated, NAT64, 6to4,
/// Teredo) is refused when the embedded address would be. docs/webhooks.md lists the ranges.</remarks>
public static class SpecialPurposeAddresses
{
    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");

    /// <summary>The IPv4 entries: the whole IANA IPv4 special-purpose registry, and multicast.</summary>
    public static IReadOnlyList<SpecialPurposeRange> IPv4 { get; } =
    [
        Range("0.0.0.0/8", "\"This network\"", "RFC 791 §3.2", AddressReach.NotGlobal),
        Range("0.0.0.0/32", "\"This host on this network\"", "RFC 1122 §3.2.1.3", AddressReach.NotGlobal),
        Range("10.0.0.0/8", "Private-Use", "RFC 1918", AddressReach.NotGlobal),
        Range("100.64.0.0/10", "Shared Address Space", "RFC 6598", AddressReach.NotGlobal),
        Range("127.0.0.0/8", "Loopback", "RFC 1122 §3.2.1.3", AddressReach.NotGlobal),
        Range("169.254.0.0/16", "Link Local", "RFC 3927", AddressReach.NotGlobal),
        Range("172.16.0.0/12", "Private-Use", "RFC 1918", AddressReach.NotGlobal),
        Range("192.0.0.0/24", "IETF Protocol Assignments", "RFC 6890 §2.1", AddressReach.NotGlobal),
        Range("192.0.0.0/29", "IPv4 Service Continuity Prefix", "RFC 7335", AddressReach.NotGlobal),
        Range("192.0.0.8/32", "IPv4 dummy address", "RFC 7600", AddressReach.NotGlobal),
        Range("192.0.0.9/32", "Port Control Protocol Anycast", "RFC 7723", AddressReach.Global),
        Range("192.0.0.10/32", "Traversal Using Relays around NAT Anycast", "RFC 8155", AddressReach.Global),
        Range("192.0.0.170/32", "NAT64/DNS64 Discovery", "RFC 8880, RFC 7050 §2.2", AddressReach.NotGlobal),
        Range("192.0.0.171/32", "NAT64/DNS64 Discovery", "RFC 8880, RFC 7050 §2.2", AddressReach.NotGlobal),
        Range("192.0.2.0/24", "Documentation (TEST-NET-1)", "RFC 5737", AddressReach.NotGlobal),
        Range("192.31.196.0/24", "AS112-v4", "RFC 7535", AddressReach.Global),
        Range("192.52.193.0/24", "AMT", "RFC 7450", AddressReach.Global),
        Range("192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", "RFC 7526", AddressReach.NotGlobal),
        Range("192.88.99.2/32", "6a44-relay anycast address", "RFC 6751", AddressReach.NotGlobal),
        Range("192.168.0.0/16", "Private-Use", "RFC 1918", AddressReach.NotGlobal),
        Range("192.175.48.0/24", "Direct Delegation AS112 Service", "RFC 7534", AddressReach.Global),
        Range("198.18.0.0/15", "Benchmarking", "RFC 2544", AddressReach.NotGlobal),
        Range("198.51.100.0/24", "Documentation (TEST-NET-2)", "RFC 5737", AddressReach.NotGlobal),
        Range("203.0.113.0/24", "Documentation (TEST-NET-3)", "RFC 5737", AddressReach.NotGlobal),
        Range("224.0.0.0/4", "Multicast", "RFC 5771", AddressReach.NotGlobal),
        Range("240.0.0.0/4", "Reserved", "RFC 1112 §4", AddressReach.NotGlobal),
        Range("255.255.255.255/32", "Limited Broadcast", "RFC 8190, RFC 919 §7", AddressReach.NotGlobal),
    ];

    /// <summary>The IPv6 entries: the whole IANA IPv6 special-purpose registry, the deprecated forms that
    /// embed IPv4 (IPv4-compatible, IPv4-translated) and multicast.</summary>
    public static IReadOnlyList<SpecialPurposeRange> IPv6 { get; } =
    [
        Range("::/128", "Unspecified Address", "RFC 4291 §2.5.2", AddressReach.NotGlobal),
        Range("::1/128", "Loopback Address", "RFC 4291 §2.5.3", AddressReach.NotGlobal),
        Range("::/96", "IPv4-Compatible Address (deprecated)", "RFC 4291 §2.5.5.1", AddressReach.EmbedsIPv4Last32),
        Range("::ffff:0:0/96", "IPv4-mapped Address", "RFC 4291 §2.5.5.2", AddressReach.EmbedsIPv4Last32),
        Range("::ffff:0:0:0/96", "IPv4-translated Address", "RFC 2765 §2.1", AddressReach.EmbedsIPv4Last32),
        Range("64:ff9b::/96", "IPv4-IPv6 Translat. (NAT64 well-known prefix)", "RFC 6052", AddressReach.EmbedsIPv4Last32),
        Range("64:ff9b:1::/48", "IPv4-IPv6 Translat. (local-use NAT64)", "RFC 8215", AddressReach.NotGlobal),
        Range("100::/64", "Discard-Only Address Block", "RFC 6666", AddressReach.NotGlobal),
        Range("100:0:0:1::/64", "Dummy IPv6 Prefix", "RFC 9780", AddressReach.NotGlobal),
        Range("2001::/23", "IETF Protocol Assignments", "RFC 2928", AddressReach.NotGlobal),
        Range("2001::/32", "TEREDO", "RFC 4380, RFC 8190", AddressReach.EmbedsIPv4Teredo),
        Range("2001:1::1/128", "Port Control Protocol Anycast", "RFC 7723", AddressReach.Global),
        Range("2001:1::2/128", "Traversal Using Relays around NAT Anycast", "RFC 8155", AddressReach.Global),
        Range("2001:1::3/128", "DNS-SD Service Registration Protocol Anycast", "RFC 9665", AddressReach.Global),
        Range("2001:2::/48", "Benchmarking", "RFC 5180", AddressReach.NotGlobal),
        Range("2001:3::/32", "AMT", "RFC 7450", AddressReach.Global),
        Range("2001:4:112::/48", "AS112-v6", "RFC 7535", AddressReach.Global),
        Range("2001:10::/28", "Deprecated (previously ORCHID)", "RFC 4843", AddressReach.NotGlobal),
        Range("2001:20::/28", "ORCHIDv2", "RFC 7343", AddressReach.Global),
        Range("2001:30::/28", "Drone Remote ID Protocol Entity Tags (DETs) Prefix", "RFC 9374", AddressReach.Global),
        Range("2001:db8::/32", "Documentation", "RFC 3849", AddressReach.NotGlobal),
        Range("2002::/16", "6to4", "RFC 3056", AddressReach.EmbedsIPv4SixToFour),
        Range("2620:4f:8000::/48", "Direct Delegation AS112 Service", "RFC 7534", AddressReach.Global),
        Range("3fff::/20", "Documentation", "RFC 9637", AddressReach.NotGlobal),
        Range("5f00::/16", "Segment Routing (SRv6) SIDs", "RFC 9602", AddressReach.NotGlobal),
        Range("fc00::/7", "Unique-Local", "RFC 4193, RFC 8190", AddressReach.NotGlobal),
        Range("fe80::/10", "Link-Local Unicast", "RFC 4291 §2.5.6", AddressReach.NotGlobal),
        Range("ff00::/8", "Multicast", "RFC 4291 §2.7", AddressReach.NotGlobal),
    ];

    /// <summary>The most specific entry containing <paramref name="address"/>; null when none does.</summary>
    public static SpecialPurposeRange? RangeOf(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var table = address.AddressFamily == AddressFamily.InterNetwork ? IPv4 : IPv6;
        SpecialPurposeRange? best = null;
        foreach (var range in table)
        {
            if (Contains(range.Network, address) && (best is null || range.Network.PrefixLength > best.Network.PrefixLength))
            {
                best = range;
            }
        }

        return best;
    }

    /// <summary>Why a webhook may not connect to <paramref name="address"/>; null when it may.</summary>
    public static string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            return $"{address} is not an IP address";
        }

        var range = RangeOf(address);
        if (range is null)
        {
            return address.AddressFamily == AddressFamily.InterNetworkV6 && !Contains(GlobalUnicast, address)
                ? $"{address} is outside the IPv6 global unicast space 2000::/3 (IANA IPv6 address space registry)"
                : null;
        }

        return range.Reach switch
        {
            AddressReach.Global => null,
            AddressReach.NotGlobal => $"{address} is in {range.Network} ({range.Name}, {range.Source}), which is not globally reachable",
            AddressReach.EmbedsIPv4Last32 or AddressReach.EmbedsIPv4SixToFour or AddressReach.EmbedsIPv4Teredo => EmbeddedRefusal(address, range),
        };
    }

    /// <summary>The IPv4 addresses <paramref name="address"/> carries by <paramref name="reach"/>.</summary>
    public static IReadOnlyList<IPAddress> Embedded(IPAddress address, AddressReach reach)
    {
        ArgumentNullException.ThrowIfNull(address);
        var bytes = address.GetAddressBytes();
        return reach switch
        {
            AddressReach.EmbedsIPv4Last32 => [new IPAddress(bytes.AsSpan(12, 4))],
            AddressReach.EmbedsIPv4SixToFour => [new IPAddress(bytes.AsSpan(2, 4))],
            AddressReach.EmbedsIPv4Teredo => [new IPAddress(bytes.AsSpan(4, 4)), new IPAddress(Inverted(bytes.AsSpan(12, 4)))],
            AddressReach.Global or AddressReach.NotGlobal => [],
        };
    }

    private static string? EmbeddedRefusal(IPAddress address, SpecialPurposeRange range)
    {
        foreach (var inner in Embedded(address, range.Reach))
        {
            if (Refusal(inner) is { } why)
            {
                return $"{address} is a {range.Name} address ({range.Network}, {range.Source}) carrying {inner}: {why}";
            }
        }

        return null;
    }

    /// <summary>Prefix match on the address bytes. <see cref="IPNetwork.Contains"/> is not used: it never
    /// matches an IPv4-mapped IPv6 address, which is exactly one of the forms to classify.</summary>
    private static bool Contains(IPNetwork network, IPAddress address)
    {
        if (network.BaseAddress.AddressFamily != address.AddressFamily)
        {
            return false;
        }

        Span<byte> prefix = stackalloc byte[16];
        Span<byte> candidate = stackalloc byte[16];
        network.BaseAddress.TryWriteBytes(prefix, out var length);
        address.TryWriteBytes(candidate, out _);
        var bits = network.PrefixLength;
        var whole = bits / 8;
        if (!prefix[..whole].SequenceEqual(candidate[..whole]))
        {
            return false;
        }

        var rest = bits % 8;
        var mask = (byte)(0xFF << (8 - rest));
        return rest == 0 || whole >= length || (prefix[whole] & mask) == (candidate[whole] & mask);
    }

    private static byte[] Inverted(ReadOnlySpan<byte> bytes)
    {
        var result = new byte[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            result[i] = (byte)~bytes[i];
        }

        return result;
    }

    private static SpecialPurposeRange Range(string cidr, string name, string source, AddressReach reach) =>
        new(IPNetwork.Parse(cidr), name, source, reach);
}
