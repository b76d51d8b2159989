using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Identity (<c>identity</c>, STIX 2.1 §4.5): its properties, their types and vocabularies.</summary>
internal sealed class IdentityRule() : SchemaTypeRule("identity", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("description", PropertyKind.String)
            .Optional("roles", PropertyKind.StringList)
            .Optional("identity_class", PropertyKind.Vocabulary, StixVocabularies.IdentityClass)
            .Optional("sectors", PropertyKind.VocabularyList, StixVocabularies.IndustrySector)
            .Optional("contact_information", PropertyKind.String));
