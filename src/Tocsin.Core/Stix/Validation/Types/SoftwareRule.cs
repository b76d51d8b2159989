namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Software (<c>software</c>, STIX 2.1 §6.14): its properties, their types and vocabularies.</summary>
internal sealed class SoftwareRule() : SchemaTypeRule("software", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("cpe", PropertyKind.String)
            .Optional("swid", PropertyKind.String)
            .Optional("languages", PropertyKind.StringList)
            .Optional("vendor", PropertyKind.String)
            .Optional("version", PropertyKind.String));
