using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Extension Definition (<c>extension-definition</c>, STIX 2.1 §7.3): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class ExtensionDefinitionRule() : SchemaTypeRule("extension-definition", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("description", PropertyKind.String)
            .Required("schema", PropertyKind.String)
            .Required("version", PropertyKind.String)
            .Required("extension_types", PropertyKind.VocabularyList, StixVocabularies.ExtensionType)
            .Optional("extension_properties", PropertyKind.StringList))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        ExtensionDefinitionChecks.Check(context);
    }
}
