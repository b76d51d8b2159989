namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Observed Data (<c>observed-data</c>, STIX 2.1 §4.15): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class ObservedDataRule() : SchemaTypeRule("observed-data", new PropertyTable()
            .Required("first_observed", PropertyKind.Timestamp)
            .Required("last_observed", PropertyKind.Timestamp)
            .Number("number_observed", PropertyKind.Integer, 1, 999999999, required: true)
            .Optional("objects", PropertyKind.Any)
            .Optional("object_refs", PropertyKind.Any))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        Combinations.TimeOrder(context, "first_observed", "last_observed", strictlyAfter: false, "§4.15");
        Combinations.AtLeastOne(context, "§4.15", "object_refs", "objects");
        Combinations.Excludes(context, "objects", "object_refs", "§4.15");
        ObservedObjects.Check(context);
    }
}
