namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Campaign (<c>campaign</c>, STIX 2.1 §4.2): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class CampaignRule() : SchemaTypeRule("campaign", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("description", PropertyKind.String)
            .Optional("aliases", PropertyKind.StringList)
            .Optional("first_seen", PropertyKind.Timestamp)
            .Optional("last_seen", PropertyKind.Timestamp)
            .Optional("objective", PropertyKind.String))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        Combinations.TimeOrder(context, "first_seen", "last_seen", strictlyAfter: false, "§4.2");
    }
}
