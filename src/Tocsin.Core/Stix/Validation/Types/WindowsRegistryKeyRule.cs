namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Windows Registry Key (<c>windows-registry-key</c>, STIX 2.1 §6.17): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class WindowsRegistryKeyRule() : SchemaTypeRule("windows-registry-key", new PropertyTable()
            .Optional("key", PropertyKind.String)
            .Optional("values", PropertyKind.ObjectList)
            .Optional("modified_time", PropertyKind.Timestamp)
            .Optional("creator_user_ref", PropertyKind.Any)
            .Number("number_of_subkeys", PropertyKind.Integer, 0, 9007199254740991))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        WindowsRegistryValues.Check(context);
    }
}
