namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Email Address (<c>email-addr</c>, STIX 2.1 §6.5): its properties, their types and vocabularies.</summary>
internal sealed class EmailAddrRule() : SchemaTypeRule("email-addr", new PropertyTable()
            .Required("value", PropertyKind.String)
            .Optional("display_name", PropertyKind.String)
            .Optional("belongs_to_ref", PropertyKind.Any));
