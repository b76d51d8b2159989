namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>IPv6 Address (<c>ipv6-addr</c>, STIX 2.1 §6.9): its properties, their types and vocabularies.</summary>
internal sealed class Ipv6AddrRule() : SchemaTypeRule("ipv6-addr", new PropertyTable()
            .Required("value", PropertyKind.String)
            .Optional("resolves_to_refs", PropertyKind.Any)
            .Optional("belongs_to_refs", PropertyKind.Any));
