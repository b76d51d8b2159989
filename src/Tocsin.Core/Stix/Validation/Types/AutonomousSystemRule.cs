namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Autonomous System (<c>autonomous-system</c>, STIX 2.1 §6.2): its properties, their types and vocabularies.</summary>
internal sealed class AutonomousSystemRule() : SchemaTypeRule("autonomous-system", new PropertyTable()
            .Number("number", PropertyKind.Integer, 0, 4294967295, required: true)
            .Optional("name", PropertyKind.String)
            .Optional("rir", PropertyKind.String));
