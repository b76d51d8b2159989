namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Attack Pattern (<c>attack-pattern</c>, STIX 2.1 §4.1): its properties, their types and vocabularies.</summary>
internal sealed class AttackPatternRule() : SchemaTypeRule("attack-pattern", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("description", PropertyKind.String)
            .Optional("aliases", PropertyKind.StringList)
            .Optional("kill_chain_phases", PropertyKind.KillChainPhases));
