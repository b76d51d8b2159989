using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>IPv4 Address (<c>ipv4-addr</c>, STIX 2.1 §6.8): its properties, their types, and a value that is an
/// address or a CIDR block.</summary>
internal sealed class Ipv4AddrRule() : SchemaTypeRule("ipv4-addr", new PropertyTable()
            .Required("value", PropertyKind.String)
            .Optional("resolves_to_refs", PropertyKind.Any)
            .Optional("belongs_to_refs", PropertyKind.Any))
{
    protected override void CheckCombinations(ValidationContext context)
    {
        // §6.8.1 value: "The value of this property MUST be either a single IPv4 address or an IPv4 address block in CIDR notation".
        if (context.Root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String && !IpAddressSyntax.IsIpv4(value.GetString()!))
        {
            context.ErrorAt("value", RuleCodes.IpAddressFormat,
                $"'{value.GetString()}' is neither an IPv4 address (198.51.100.3) nor a CIDR block (198.51.100.0/24) (§6.8.1).");
        }
    }
}
