namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Directory (<c>directory</c>, STIX 2.1 §6.3): its properties, their types and vocabularies.</summary>
internal sealed class DirectoryRule() : SchemaTypeRule("directory", new PropertyTable()
            .Required("path", PropertyKind.String)
            .Optional("path_enc", PropertyKind.Charset)
            .Optional("ctime", PropertyKind.Timestamp)
            .Optional("mtime", PropertyKind.Timestamp)
            .Optional("atime", PropertyKind.Timestamp)
            .Optional("contains_refs", PropertyKind.Any));
