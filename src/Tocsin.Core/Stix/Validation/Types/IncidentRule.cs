namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Incident (<c>incident</c>, STIX 2.1 §4.6): its properties, their types and vocabularies.</summary>
internal sealed class IncidentRule() : SchemaTypeRule("incident", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("description", PropertyKind.String)
            .Optional("kill_chain_phases", PropertyKind.KillChainPhases));
