using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Threat Actor (<c>threat-actor</c>, STIX 2.1 §4.18): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class ThreatActorRule() : SchemaTypeRule("threat-actor", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("description", PropertyKind.String)
            .Optional("threat_actor_types", PropertyKind.VocabularyList, StixVocabularies.ThreatActorType)
            .Optional("aliases", PropertyKind.StringList)
            .Optional("first_seen", PropertyKind.Timestamp)
            .Optional("last_seen", PropertyKind.Timestamp)
            .Optional("roles", PropertyKind.VocabularyList, StixVocabularies.ThreatActorRole)
            .Optional("goals", PropertyKind.StringList)
            .Optional("sophistication", PropertyKind.Vocabulary, StixVocabularies.ThreatActorSophistication)
            .Optional("resource_level", PropertyKind.Vocabulary, StixVocabularies.AttackResourceLevel)
            .Optional("primary_motivation", PropertyKind.Vocabulary, StixVocabularies.AttackMotivation)
            .Optional("secondary_motivations", PropertyKind.VocabularyList, StixVocabularies.AttackMotivation)
            .Optional("personal_motivations", PropertyKind.VocabularyList, StixVocabularies.AttackMotivation))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        Combinations.TimeOrder(context, "first_seen", "last_seen", strictlyAfter: false, "§4.18");
    }
}
