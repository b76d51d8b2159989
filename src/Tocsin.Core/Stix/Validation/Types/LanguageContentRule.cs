namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Language Content (<c>language-content</c>, STIX 2.1 §7.1): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class LanguageContentRule() : SchemaTypeRule("language-content", new PropertyTable()
            .Required("object_ref", PropertyKind.Any)
            .Optional("object_modified", PropertyKind.Timestamp)
            .Required("contents", PropertyKind.Dictionary))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        LanguageContentChecks.Check(context);
    }
}
