using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Location (<c>location</c>, STIX 2.1 §4.11): coordinates in range and in pairs, precision only
/// with coordinates, and at least one of region, country or coordinates.</summary>
internal sealed class LocationRule() : SchemaTypeRule("location", new PropertyTable()
    .Optional("name", PropertyKind.String)
    .Optional("description", PropertyKind.String)
    .Number("latitude", PropertyKind.Float, -90, 90)
    .Number("longitude", PropertyKind.Float, -180, 180)
    .Number("precision", PropertyKind.Float, 0, double.MaxValue)
    .Optional("region", PropertyKind.Vocabulary, StixVocabularies.Region)
    .Optional("country", PropertyKind.String)
    .Optional("administrative_area", PropertyKind.String)
    .Optional("city", PropertyKind.String)
    .Optional("street_address", PropertyKind.String)
    .Optional("postal_code", PropertyKind.String))
{
    protected override void CheckCombinations(ValidationContext context)
    {
        // §4.11: "If the latitude property is present, the longitude property MUST be present" and vice versa;
        // precision: "If this property is present, the latitude and longitude properties MUST be present".
        Combinations.Requires(context, "latitude", "longitude", "§4.11");
        Combinations.Requires(context, "longitude", "latitude", "§4.11");
        Combinations.Requires(context, "precision", "latitude", "§4.11");
        // §4.11: "At least one of the following properties/sets of properties MUST be provided: region, country,
        // latitude and longitude".
        Combinations.AtLeastOne(context, "§4.11", "region", "country", "latitude");
    }
}
