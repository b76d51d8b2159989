using System.Net;

namespace Tocsin.Core.Webhooks;

/// <summary>One entry of an IANA special-purpose address registry (or of the address-space registries,
/// for multicast and unallocated space).</summary>
/// <param name="Network">The address block.</param>
/// <param name="Name">The registry's name for it.</param>
/// <param name="Source">The RFC that defines it.</param>
/// <param name="Reach">Whether a webhook may target it.</param>
public sealed record SpecialPurposeRange(IPNetwork Network, string Name, string Source, AddressReach Reach);
