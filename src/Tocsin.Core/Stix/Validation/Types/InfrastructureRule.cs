using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Infrastructure (<c>infrastructure</c>, STIX 2.1 §4.8): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class InfrastructureRule() : SchemaTypeRule("infrastructure", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("description", PropertyKind.String)
            .Optional("infrastructure_types", PropertyKind.VocabularyList, StixVocabularies.InfrastructureType)
            .Optional("aliases", PropertyKind.StringList)
            .Optional("kill_chain_phases", PropertyKind.KillChainPhases)
            .Optional("first_seen", PropertyKind.Timestamp)
            .Optional("last_seen", PropertyKind.Timestamp))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        Combinations.TimeOrder(context, "first_seen", "last_seen", strictlyAfter: false, "§4.8");
    }
}
