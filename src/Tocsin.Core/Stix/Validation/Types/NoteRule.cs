namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Note (<c>note</c>, STIX 2.1 §4.14): its properties, their types and vocabularies.</summary>
internal sealed class NoteRule() : SchemaTypeRule("note", new PropertyTable()
            .Optional("abstract", PropertyKind.String)
            .Required("content", PropertyKind.String)
            .Optional("authors", PropertyKind.StringList)
            .Required("object_refs", PropertyKind.Any));
