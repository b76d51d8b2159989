namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Sighting (<c>sighting</c>, STIX 2.1 §5.2): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class SightingRule() : SchemaTypeRule("sighting", new PropertyTable()
            .Optional("description", PropertyKind.String)
            .Optional("first_seen", PropertyKind.Timestamp)
            .Optional("last_seen", PropertyKind.Timestamp)
            .Number("count", PropertyKind.Integer, 0, 999999999)
            .Required("sighting_of_ref", PropertyKind.Any)
            .Optional("observed_data_refs", PropertyKind.Any)
            .Optional("where_sighted_refs", PropertyKind.Any)
            .Optional("summary", PropertyKind.Boolean))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        Combinations.TimeOrder(context, "first_seen", "last_seen", strictlyAfter: false, "§5.2");
    }
}
