using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Intrusion Set (<c>intrusion-set</c>, STIX 2.1 §4.9): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class IntrusionSetRule() : SchemaTypeRule("intrusion-set", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("description", PropertyKind.String)
            .Optional("aliases", PropertyKind.StringList)
            .Optional("first_seen", PropertyKind.Timestamp)
            .Optional("last_seen", PropertyKind.Timestamp)
            .Optional("goals", PropertyKind.StringList)
            .Optional("resource_level", PropertyKind.Vocabulary, StixVocabularies.AttackResourceLevel)
            .Optional("primary_motivation", PropertyKind.Vocabulary, StixVocabularies.AttackMotivation)
            .Optional("secondary_motivations", PropertyKind.VocabularyList, StixVocabularies.AttackMotivation))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        Combinations.TimeOrder(context, "first_seen", "last_seen", strictlyAfter: false, "§4.9");
    }
}
