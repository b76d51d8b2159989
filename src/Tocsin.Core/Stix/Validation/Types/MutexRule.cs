namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Mutex (<c>mutex</c>, STIX 2.1 §6.11): its properties, their types and vocabularies.</summary>
internal sealed class MutexRule() : SchemaTypeRule("mutex", new PropertyTable()
            .Required("name", PropertyKind.String));
