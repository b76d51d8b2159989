using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Tool (<c>tool</c>, STIX 2.1 §4.19): its properties, their types and vocabularies.</summary>
internal sealed class ToolRule() : SchemaTypeRule("tool", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("description", PropertyKind.String)
            .Optional("tool_types", PropertyKind.VocabularyList, StixVocabularies.ToolType)
            .Optional("aliases", PropertyKind.StringList)
            .Optional("kill_chain_phases", PropertyKind.KillChainPhases)
            .Optional("tool_version", PropertyKind.String));
