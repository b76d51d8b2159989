using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Network Traffic (<c>network-traffic</c>, STIX 2.1 §6.12): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class NetworkTrafficRule() : SchemaTypeRule("network-traffic", new PropertyTable()
            .Optional("start", PropertyKind.Timestamp)
            .Optional("end", PropertyKind.Timestamp)
            .Optional("is_active", PropertyKind.Boolean)
            .Optional("src_ref", PropertyKind.Any)
            .Optional("dst_ref", PropertyKind.Any)
            .Number("src_port", PropertyKind.Integer, 0, 65535)
            .Number("dst_port", PropertyKind.Integer, 0, 65535)
            .Required("protocols", PropertyKind.StringList)
            .Number("src_byte_count", PropertyKind.Integer, 0, 9007199254740991)
            .Number("dst_byte_count", PropertyKind.Integer, 0, 9007199254740991)
            .Number("src_packets", PropertyKind.Integer, 0, 9007199254740991)
            .Number("dst_packets", PropertyKind.Integer, 0, 9007199254740991)
            .Optional("ipfix", PropertyKind.Dictionary)
            .Optional("src_payload_ref", PropertyKind.Any)
            .Optional("dst_payload_ref", PropertyKind.Any)
            .Optional("encapsulates_refs", PropertyKind.Any)
            .Optional("encapsulated_by_ref", PropertyKind.Any))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        Combinations.TimeOrder(context, "start", "end", strictlyAfter: false, "§6.12");
        Combinations.AtLeastOne(context, "§6.12", "src_ref", "dst_ref");
        // §6.12 is_active: "If the end property is provided, this property MUST be false."
        if (context.Root.TryGetProperty("is_active", out var active) && active.ValueKind == JsonValueKind.True && Combinations.Has(context, "end"))
        {
            context.ErrorAt("is_active", RuleCodes.PropertyDependency, "'is_active' must be false when 'end' is present (§6.12).");
        }
    }
}
