using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary><c>type</c>, <c>id</c> and <c>spec_version</c> (STIX 2.1 §2.9, §3.1, §3.2, §11.2.1).</summary>
internal static class IdentityRules
{
    public static void CheckType(ValidationContext context, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            context.Error(RuleCodes.PropertyType, "'type' must be a string.");
            return;
        }

        var type = context.Type;
        // §3.1: type names begin with a letter; §11.2.1 / §7.3.2: a–z, 0–9, single hyphens, 3–250 long.
        if (!StixTypeName.IsValid(type) || !char.IsAsciiLetterLower(type[0]) || type[^1] == '-')
        {
            context.Error(RuleCodes.TypeFormat,
                $"'{type}' is not a STIX type name: 3–250 characters of a–z, 0–9 and single hyphens, starting with a letter.");
            return;
        }

        if (context.Kind.Category != StixObjectCategory.Custom)
        {
            return;
        }

        // §11.2: custom objects are deprecated in favour of extension definitions (new-sdo, new-sco, new-sro).
        context.Warning(RuleCodes.CustomObjectDeprecated,
            $"'{type}' is not a STIX 2.1 type and no extension definition declares it; custom objects are deprecated (use an extension-definition with extension_type new-sdo, new-sco or new-sro).");
        if (!type.StartsWith("x-", StringComparison.Ordinal))
        {
            context.Warning(RuleCodes.CustomTypePrefix,
                $"Custom object type '{type}' should start with 'x-' so that a future STIX version cannot give it another meaning.");
        }
    }

    public static void CheckId(ValidationContext context, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            context.Error(RuleCodes.PropertyType, "'id' must be a string.");
            return;
        }

        var text = value.GetString()!;
        if (!StixId.TryParse(text, out var id))
        {
            context.Error(RuleCodes.IdFormat, $"'{text}' is not a STIX identifier of the form type--UUID with an RFC 4122 UUID.");
            return;
        }

        if (context.Type.Length > 0 && !string.Equals(id.Type, context.Type, StringComparison.Ordinal))
        {
            context.Error(RuleCodes.IdTypeMismatch, $"The id names type '{id.Type}' but the object's type is '{context.Type}'.");
        }

        CheckUuidVersion(context, id.UuidVersion);
    }

    // §2.9: SDOs, SROs and SMOs SHOULD use UUIDv4; SCOs SHOULD use UUIDv5, or UUIDv4 when no
    // ID-contributing property is present or the producer does not follow the deterministic rules.
    private static void CheckUuidVersion(ValidationContext context, int version)
    {
        switch (context.Kind.Category)
        {
            case StixObjectCategory.CyberObservable:
                if (version is not (4 or 5))
                {
                    context.Warning(RuleCodes.IdUuidVersion, $"SCO ids should use a UUIDv5 (or UUIDv4); this one is version {version}.");
                }

                break;
            case StixObjectCategory.Custom:
                break;
            case StixObjectCategory.DomainObject:
            case StixObjectCategory.RelationshipObject:
            case StixObjectCategory.MarkingDefinition:
            case StixObjectCategory.ExtensionDefinition:
            case StixObjectCategory.LanguageContent:
                if (version != 4)
                {
                    context.Warning(RuleCodes.IdUuidVersion, $"SDO, SRO and meta-object ids should use a UUIDv4; this one is version {version}.");
                }

                break;
        }
    }

    // §3.2: "The value of this property MUST be 2.1 for STIX Objects defined according to this specification."
    public static void CheckSpecVersion(ValidationContext context, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            context.Error(RuleCodes.PropertyType, "'spec_version' must be a string.");
        }
        else if (!JsonText.Is(value, "2.1"u8))
        {
            context.Error(RuleCodes.SpecVersion, $"'spec_version' must be \"2.1\", not \"{value.GetString()}\".");
        }
    }
}
