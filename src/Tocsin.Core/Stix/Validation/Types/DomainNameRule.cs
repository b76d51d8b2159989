namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Domain Name (<c>domain-name</c>, STIX 2.1 §6.4): its properties, their types and vocabularies.</summary>
internal sealed class DomainNameRule() : SchemaTypeRule("domain-name", new PropertyTable()
            .Required("value", PropertyKind.String)
            .Optional("resolves_to_refs", PropertyKind.Any));
