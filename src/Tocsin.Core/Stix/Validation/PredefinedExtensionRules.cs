using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The properties inside a predefined SCO extension (STIX 2.1 §6; <see cref="PredefinedExtensions"/>):
/// the object type it extends, required properties, "at least one property" rules, data types, vocabularies,
/// ranges, and the types and dictionaries nested in them. Called with the extension's key pushed on the path.</summary>
internal static class PredefinedExtensionRules
{
    public static void Check(ValidationContext context, string key, JsonElement body)
    {
        var extension = PredefinedExtensions.ByName[key];
        if (context.Type != extension.ObjectType && context.Kind.Category != StixObjectCategory.Custom)
        {
            context.Error(RuleCodes.ExtensionObjectType,
                $"'{key}' extends {extension.ObjectType} objects ({extension.Section}), not {context.Type}.");
        }

        CheckObject(context, extension.Table, body, $"the {key} extension ({extension.Section})");
        if (extension.NeedsOneOf.Count > 0 && !extension.NeedsOneOf.Any(name => body.TryGetProperty(name, out _)))
        {
            context.Error(RuleCodes.ExtensionEmpty,
                $"The {key} extension must contain at least one of {string.Join(", ", extension.NeedsOneOf)} ({extension.Section}).");
        }

        foreach (var property in body.EnumerateObject())
        {
            context.Path.Push(property.Name);
            CheckNested(context, key, property.Name, property.Value);
            context.Path.Pop();
        }
    }

    /// <summary>Checks the listed properties of <paramref name="value"/> and reports missing required ones;
    /// properties the table does not list are left alone (custom properties are the common pass's concern).</summary>
    public static void CheckObject(ValidationContext context, PropertyTable table, JsonElement value, string what)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (table.Find(property.Name) is { } spec)
            {
                context.Path.Push(property.Name);
                PropertyChecks.Check(context, spec, property.Value);
                context.Path.Pop();
            }
        }

        foreach (var spec in table.Specs)
        {
            if (spec.Required && !value.TryGetProperty(spec.Name, out _))
            {
                context.ErrorAt(spec.Name, RuleCodes.Required, $"'{spec.Name}' is required in {what}.");
            }
        }
    }

    private static void CheckNested(ValidationContext context, string key, string name, JsonElement value)
    {
        switch (key, name)
        {
            case ("ntfs-ext", "alternate_data_streams"):
                EachObject(context, value, PredefinedExtensions.AlternateDataStream, "an alternate data stream (§6.7.2.2)");
                break;
            case ("windows-pebinary-ext", "sections"):
                EachObject(context, value, PredefinedExtensions.Section, "a PE section (§6.7.2.5)");
                break;
            case ("windows-pebinary-ext", "optional_header") when value.ValueKind == JsonValueKind.Object:
                CheckObject(context, PredefinedExtensions.OptionalHeader, value, "a PE optional header (§6.7.2.5)");
                if (!PredefinedExtensions.OptionalHeader.Specs.Any(s => value.TryGetProperty(s.Name, out _)))
                {
                    context.Error(RuleCodes.ExtensionEmpty, "A PE optional header must contain at least one of its properties (§6.7.2.5).");
                }

                break;
            case ("windows-pebinary-ext", "time_date_stamp") when value.ValueKind == JsonValueKind.String:
                // §6.7.2.5: "The timestamp value MUST be precise to the second." (no fraction)
                if (StixTimestamp.TryParse(value.GetString(), out var stamp) && stamp.FractionDigits > 0)
                {
                    context.Error(RuleCodes.TimestampPrecision, "'time_date_stamp' must be precise to the second, without a fraction (§6.7.2.5).");
                }

                break;
            case ("icmp-ext", "icmp_type_hex" or "icmp_code_hex") when value.ValueKind == JsonValueKind.String:
                // §6.12.3: each is "the ICMP type byte" / "the ICMP code byte": exactly one byte.
                if (value.GetString()!.Length != 2)
                {
                    context.Error(RuleCodes.ValueRange, $"'{name}' is one byte: two hex digits, not '{value.GetString()}' (§6.12.3).");
                }

                break;
            case ("http-request-ext", "request_header"):
                // §6.12.2 defines request_header as a dictionary of the request's header fields; a field may occur more
                // than once, so the OASIS JSON schema (network-traffic.json) and hence the OASIS validator require each
                // value to be a list of strings. Tocsin follows them so that what it serves passes there.
                DictionaryValues(context, value, v => v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0 && v.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String),
                    "a list of strings (the header field's values; §6.12.2, OASIS schema)", null);
                break;
            case ("socket-ext", "options"):
                // §6.12.4: keys are socket option names (SO_*, IP_*, TCP_*, …) and values integers (OASIS schema pattern).
                DictionaryValues(context, value, v => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _), "an integer (§6.12.4)", IsSocketOptionName);
                break;
            case ("raster-image-ext", "exif_tags"):
                // §6.7.2.4: each value is the EXIF tag's value, a string or an integer.
                DictionaryValues(context, value, v => v.ValueKind == JsonValueKind.String || (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _)),
                    "a string or an integer (§6.7.2.4)", null);
                break;
            case ("pdf-ext", "document_info_dict"):
                // §6.7.2.3: the PDF document information dictionary; its values are strings.
                DictionaryValues(context, value, v => v.ValueKind == JsonValueKind.String, "a string (§6.7.2.3)", null);
                break;
            case ("windows-process-ext", "priority") when value.ValueKind == JsonValueKind.String:
                // §6.13.2: "This is a string that SHOULD end in _CLASS".
                if (!value.GetString()!.EndsWith("_CLASS", StringComparison.Ordinal))
                {
                    context.Warning(RuleCodes.VocabularyValue, $"'priority' should be a Windows priority class ending in _CLASS, not '{value.GetString()}' (§6.13.2).");
                }

                break;
            default:
                break;
        }
    }

    private static void EachObject(ValidationContext context, JsonElement list, PropertyTable table, string what)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            context.Path.Push(index++);
            if (item.ValueKind == JsonValueKind.Object)
            {
                CheckObject(context, table, item, what);
            }

            context.Path.Pop();
        }
    }

    private static void DictionaryValues(ValidationContext context, JsonElement dictionary, Func<JsonElement, bool> isValid, string what, Func<string, bool>? isKey)
    {
        if (dictionary.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var entry in dictionary.EnumerateObject())
        {
            context.Path.Push(entry.Name);
            if (isKey is not null && !isKey(entry.Name))
            {
                context.Error(RuleCodes.DictionaryKeyFormat, $"'{entry.Name}' is not a socket option name such as SO_REUSEADDR (§6.12.4).");
            }

            if (!isValid(entry.Value))
            {
                context.Error(RuleCodes.DictionaryValueType, $"Each value must be {what}, not {StructureWalker.Describe(entry.Value)}.");
            }

            context.Path.Pop();
        }
    }

    // The OASIS schema's pattern: ^(SO|ICMP|ICMP6|IP|IPV6|MCAST|TCP|IRLMP)(_[A-Z]+)+$
    private static bool IsSocketOptionName(string key)
    {
        var underscore = key.IndexOf('_', StringComparison.Ordinal);
        if (underscore < 0 || key[..underscore] is not ("SO" or "ICMP" or "ICMP6" or "IP" or "IPV6" or "MCAST" or "TCP" or "IRLMP"))
        {
            return false;
        }

        foreach (var part in key[(underscore + 1)..].Split('_'))
        {
            if (part.Length == 0 || part.Any(c => c is < 'A' or > 'Z'))
            {
                return false;
            }
        }

        return true;
    }
}
