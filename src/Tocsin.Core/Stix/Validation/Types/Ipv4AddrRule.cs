namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>IPv4 Address (<c>ipv4-addr</c>, STIX 2.1 §6.8): its properties, their types and vocabularies.</summary>
internal sealed class Ipv4AddrRule() : SchemaTypeRule("ipv4-addr", new PropertyTable()
            .Required("value", PropertyKind.String)
            .Optional("resolves_to_refs", PropertyKind.Any)
            .Optional("belongs_to_refs", PropertyKind.Any));
