using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Grouping (<c>grouping</c>, STIX 2.1 §4.4): its properties, their types and vocabularies.</summary>
internal sealed class GroupingRule() : SchemaTypeRule("grouping", new PropertyTable()
            .Optional("name", PropertyKind.String)
            .Optional("description", PropertyKind.String)
            .Required("context", PropertyKind.Vocabulary, StixVocabularies.GroupingContext)
            .Required("object_refs", PropertyKind.Any));
