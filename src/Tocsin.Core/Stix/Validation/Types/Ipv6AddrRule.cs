using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>IPv6 Address (<c>ipv6-addr</c>, STIX 2.1 §6.9): its properties, their types, and a value that is an
/// address or a CIDR block.</summary>
internal sealed class Ipv6AddrRule() : SchemaTypeRule("ipv6-addr", new PropertyTable()
            .Required("value", PropertyKind.String)
            .Optional("resolves_to_refs", PropertyKind.Any)
            .Optional("belongs_to_refs", PropertyKind.Any))
{
    protected override void CheckCombinations(ValidationContext context)
    {
        // §6.9.1 value: "The value of this property MUST be either a single IPv6 address or an IPv6 address block in CIDR notation".
        if (context.Root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String && !IpAddressSyntax.IsIpv6(value.GetString()!))
        {
            context.ErrorAt("value", RuleCodes.IpAddressFormat,
                $"'{value.GetString()}' is neither an IPv6 address (2001:db8::1) nor a CIDR block (2001:db8::/32) (§6.9.1).");
        }
    }
}
