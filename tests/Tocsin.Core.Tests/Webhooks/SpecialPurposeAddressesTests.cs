using System.Net;
using Tocsin.Core.Webhooks;

namespace Tocsin.Core.Tests.Webhooks;

/// <summary>One row per entry of the IANA IPv4 and IPv6 special-purpose address registries (RFC 6890,
/// RFC 8190; iana-ipv4-special-registry and iana-ipv6-special-registry), plus multicast and the deprecated
/// IPv6 forms that carry IPv4; then the IPv4 embeddings, one row per way of carrying a refused address.</summary>
public sealed class SpecialPurposeAddressesTests
{
    public static TheoryData<string, string, bool> RegistryEntries => new()
    {
        // IPv4 special-purpose registry: entry, an address inside it (not inside a more specific entry), refused?
        { "0.0.0.0/8", "0.1.2.3", true },
        { "0.0.0.0/32", "0.0.0.0", true },
        { "10.0.0.0/8", "10.20.30.40", true },
        { "100.64.0.0/10", "100.127.255.254", true },
        { "127.0.0.0/8", "127.0.0.1", true },
        { "169.254.0.0/16", "169.254.169.254", true },
        { "172.16.0.0/12", "172.31.0.1", true },
        { "192.0.0.0/24", "192.0.0.100", true },
        { "192.0.0.0/29", "192.0.0.1", true },
        { "192.0.0.8/32", "192.0.0.8", true },
        { "192.0.0.9/32", "192.0.0.9", false },
        { "192.0.0.10/32", "192.0.0.10", false },
        { "192.0.0.170/32", "192.0.0.170", true },
        { "192.0.0.171/32", "192.0.0.171", true },
        { "192.0.2.0/24", "192.0.2.1", true },
        { "192.31.196.0/24", "192.31.196.1", false },
        { "192.52.193.0/24", "192.52.193.1", false },
        { "192.88.99.0/24", "192.88.99.1", true },
        { "192.88.99.2/32", "192.88.99.2", true },
        { "192.168.0.0/16", "192.168.1.1", true },
        { "192.175.48.0/24", "192.175.48.6", false },
        { "198.18.0.0/15", "198.19.255.1", true },
        { "198.51.100.0/24", "198.51.100.7", true },
        { "203.0.113.0/24", "203.0.113.7", true },
        { "224.0.0.0/4", "239.255.255.250", true },
        { "240.0.0.0/4", "250.1.2.3", true },
        { "255.255.255.255/32", "255.255.255.255", true },

        // IPv6 special-purpose registry (and multicast, and the deprecated IPv4-carrying forms)
        { "::/128", "::", true },
        { "::1/128", "::1", true },
        { "::/96", "::8.8.8.8", false },
        { "::ffff:0:0/96", "::ffff:8.8.8.8", false },
        { "::ffff:0:0:0/96", "::ffff:0:8.8.8.8", false },
        { "64:ff9b::/96", "64:ff9b::8.8.8.8", false },
        { "64:ff9b:1::/48", "64:ff9b:1::8.8.8.8", true },
        { "100::/64", "100::1", true },
        { "100:0:0:1::/64", "100:0:0:1::1", true },
        { "2001::/23", "2001:100::1", true },
        { "2001::/32", "2001:0:4136:e378:8000:63bf:f7f7:f7f7", false },
        { "2001:1::1/128", "2001:1::1", false },
        { "2001:1::2/128", "2001:1::2", false },
        { "2001:1::3/128", "2001:1::3", false },
        { "2001:2::/48", "2001:2::1", true },
        { "2001:3::/32", "2001:3::1", false },
        { "2001:4:112::/48", "2001:4:112::1", false },
        { "2001:10::/28", "2001:10::1", true },
        { "2001:20::/28", "2001:20::1", false },
        { "2001:30::/28", "2001:30::1", false },
        { "2001:db8::/32", "2001:db8::7", true },
        { "2002::/16", "2002:808:808::1", false },
        { "2620:4f:8000::/48", "2620:4f:8000::1", false },
        { "3fff::/20", "3fff::1", true },
        { "5f00::/16", "5f00::1", true },
        { "fc00::/7", "fd12:3456::1", true },
        { "fe80::/10", "fe80::1", true },
        { "ff00::/8", "ff02::1", true },
    };

    public static TheoryData<string, string> RefusedEmbeddings => new()
    {
        { "::ffff:127.0.0.1", "IPv4-mapped loopback" },
        { "::ffff:169.254.169.254", "IPv4-mapped cloud metadata" },
        { "::127.0.0.1", "IPv4-compatible loopback" },
        { "::169.254.169.254", "IPv4-compatible cloud metadata" },
        { "::ffff:0:10.0.0.1", "IPv4-translated private" },
        { "64:ff9b::127.0.0.1", "NAT64 loopback" },
        { "64:ff9b::a9fe:a9fe", "NAT64 cloud metadata" },
        { "64:ff9b::192.168.0.1", "NAT64 private" },
        { "2002:7f00:1::", "6to4 of loopback" },
        { "2002:a9fe:a9fe::1", "6to4 of cloud metadata" },
        { "2002:c0a8:101:1::1", "6to4 of a private address" },
        { "2001:0:7f00:1::1", "Teredo with a loopback server" },
        { "2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo with a loopback client (inverted bits)" },
        { "2001:0:4136:e378:8000:63bf:5601:5601", "Teredo with the cloud metadata client (inverted bits)" },
    };

    [Theory]
    [MemberData(nameof(RegistryEntries))]
    public void Each_registry_entry_is_refused_unless_globally_reachable(string cidr, string sample, bool refused)
    {
        var address = IPAddress.Parse(sample);

        Assert.Equal(IPNetwork.Parse(cidr), SpecialPurposeAddresses.RangeOf(address)?.Network);
        Assert.True(refused == SpecialPurposeAddresses.Refusal(address) is not null, SpecialPurposeAddresses.Refusal(address) ?? $"{sample} permitted");
    }

    [Fact]
    public void Every_entry_of_the_tables_has_a_row()
    {
        var rows = RegistryEntries.Select(row => IPNetwork.Parse(row.Data.Item1).ToString()).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            SpecialPurposeAddresses.IPv4.Concat(SpecialPurposeAddresses.IPv6).Select(r => r.Network.ToString()).Order(StringComparer.Ordinal).ToList(),
            rows);
    }

    [Theory]
    [MemberData(nameof(RefusedEmbeddings))]
    public void An_IPv6_address_carrying_a_refused_IPv4_address_is_refused(string sample, string label)
    {
        Assert.True(SpecialPurposeAddresses.Refusal(IPAddress.Parse(sample)) is not null, label);
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("193.51.24.1")]
    [InlineData("2a01:e0a::1")]
    [InlineData("2620:fe::fe")]
    public void Ordinary_public_addresses_are_permitted(string sample)
    {
        Assert.Null(SpecialPurposeAddresses.Refusal(IPAddress.Parse(sample)));
    }

    [Theory]
    [InlineData("4000::1")]
    [InlineData("fec0::1")]
    [InlineData("1::1")]
    public void IPv6_outside_global_unicast_is_refused(string sample)
    {
        Assert.NotNull(SpecialPurposeAddresses.Refusal(IPAddress.Parse(sample)));
    }
}
