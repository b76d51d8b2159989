namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>URL (<c>url</c>, STIX 2.1 §6.15): its properties, their types and vocabularies.</summary>
internal sealed class UrlRule() : SchemaTypeRule("url", new PropertyTable()
            .Required("value", PropertyKind.String));
