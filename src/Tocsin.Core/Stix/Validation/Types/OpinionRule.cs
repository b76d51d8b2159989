using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Opinion (<c>opinion</c>, STIX 2.1 §4.16): its properties, their types and vocabularies.</summary>
internal sealed class OpinionRule() : SchemaTypeRule("opinion", new PropertyTable()
            .Optional("explanation", PropertyKind.String)
            .Optional("authors", PropertyKind.StringList)
            .Required("opinion", PropertyKind.Vocabulary, StixVocabularies.Opinion)
            .Required("object_refs", PropertyKind.Any));
