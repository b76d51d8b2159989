namespace Tocsin.Core.Webhooks;

/// <summary>What a special-purpose address range means for a webhook target, from the "Globally
/// Reachable" column of the IANA special-purpose address registries (RFC 6890 §2.2.2, as updated by
/// RFC 8190), and for the ranges that carry an IPv4 address inside an IPv6 one, where it sits.</summary>
public enum AddressReach
{
    /// <summary>Globally reachable: a webhook may target it.</summary>
    Global,

    /// <summary>Not globally reachable (loopback, private, link-local, documentation, reserved, …): refused.</summary>
    NotGlobal,

    /// <summary>The last 32 bits are an IPv4 address (IPv4-mapped, IPv4-compatible, IPv4-translated,
    /// NAT64 well-known prefix): judged as that IPv4 address.</summary>
    EmbedsIPv4Last32,

    /// <summary>6to4 (RFC 3056 §2): bits 16–47 are the IPv4 address of the site's gateway.</summary>
    EmbedsIPv4SixToFour,

    /// <summary>Teredo (RFC 4380 §4): bits 32–63 are the server's IPv4 address, bits 96–127 the client's,
    /// each bit inverted.</summary>
    EmbedsIPv4Teredo,
}
