namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>File (<c>file</c>, STIX 2.1 §6.7): its properties, their types and vocabularies, and the rules combining them.</summary>
internal sealed class FileRule() : SchemaTypeRule("file", new PropertyTable()
            .Optional("hashes", PropertyKind.Hashes)
            .Number("size", PropertyKind.Integer, 0, 9007199254740991)
            .Optional("name", PropertyKind.String)
            .Optional("name_enc", PropertyKind.Charset)
            .Optional("magic_number_hex", PropertyKind.Hex)
            .Optional("mime_type", PropertyKind.String)
            .Optional("ctime", PropertyKind.Timestamp)
            .Optional("mtime", PropertyKind.Timestamp)
            .Optional("atime", PropertyKind.Timestamp)
            .Optional("parent_directory_ref", PropertyKind.Any)
            .Optional("contains_refs", PropertyKind.Any)
            .Optional("content_ref", PropertyKind.Any))
{

    protected override void CheckCombinations(ValidationContext context)
    {
        Combinations.AtLeastOne(context, "§6.7", "hashes", "name");
    }
}
