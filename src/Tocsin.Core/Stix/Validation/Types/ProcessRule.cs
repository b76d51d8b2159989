namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Process (<c>process</c>, STIX 2.1 §6.13): its properties, their types and vocabularies.</summary>
internal sealed class ProcessRule() : SchemaTypeRule("process", new PropertyTable()
            .Optional("is_hidden", PropertyKind.Boolean)
            .Number("pid", PropertyKind.Integer, 0, 9007199254740991)
            .Optional("created_time", PropertyKind.Timestamp)
            .Optional("cwd", PropertyKind.String)
            .Optional("command_line", PropertyKind.String)
            .Optional("environment_variables", PropertyKind.Dictionary)
            .Optional("opened_connection_refs", PropertyKind.Any)
            .Optional("creator_user_ref", PropertyKind.Any)
            .Optional("image_ref", PropertyKind.Any)
            .Optional("parent_ref", PropertyKind.Any)
            .Optional("child_refs", PropertyKind.Any));
