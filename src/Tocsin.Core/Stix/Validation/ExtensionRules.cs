using System.Collections.Frozen;
using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary><c>extensions</c> (STIX 2.1 §3.2, §3.10, §7.3, §11.3): a non-empty dictionary keyed by
/// extension-definition ids or predefined extension names, each value an object; extension-definition
/// extensions carry a valid <c>extension_type</c> and property names of §7.3.2.</summary>
internal static class ExtensionRules
{
    private const string DefinitionPrefix = "extension-definition--";

    // §10.5 extension-type-enum.
    private static readonly FrozenSet<string> _extensionTypes = new[]
    {
        "new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static void Check(ValidationContext context, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            context.Error(RuleCodes.PropertyType, "'extensions' must be a dictionary of extension name or id to extension.");
            return;
        }

        if (!ValueRules.CheckNotEmptyDictionary(context, "extensions", value))
        {
            return;
        }

        foreach (var extension in value.EnumerateObject())
        {
            context.Path.Push(extension.Name);
            CheckOne(context, extension.Name, extension.Value);
            context.Path.Pop();
        }
    }

    private static void CheckOne(ValidationContext context, string key, JsonElement body)
    {
        if (!AsciiSets.IsDictionaryKey(key))
        {
            context.Error(RuleCodes.DictionaryKeyFormat, $"'{key}' is not a dictionary key: ASCII letters, digits, hyphen and underscore, at most 250.");
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            context.Error(RuleCodes.ExtensionValue, $"The extension '{key}' must be a JSON object.");
            return;
        }

        if (key.StartsWith(DefinitionPrefix, StringComparison.Ordinal))
        {
            CheckDefinedExtension(context, key, body);
        }
        else if (PredefinedExtensions.ByName.ContainsKey(key))
        {
            PredefinedExtensionRules.Check(context, key, body);
        }
        else
        {
            CheckCustomExtension(context, key);
        }
    }

    private static void CheckDefinedExtension(ValidationContext context, string key, JsonElement body)
    {
        if (!StixId.TryParse(key, out var id) || id.Type != "extension-definition")
        {
            context.Error(RuleCodes.RefFormat, $"'{key}' is not an extension-definition identifier (extension-definition--UUID).");
        }

        // §3.2 extensions: "When this extension facility is used the extension_type property MUST be present."
        if (!body.TryGetProperty("extension_type", out var extensionType))
        {
            context.ErrorAt("extension_type", RuleCodes.ExtensionTypeMissing,
                "An extension keyed by an extension-definition id must state its 'extension_type'.");
        }
        else if (extensionType.ValueKind != JsonValueKind.String || !_extensionTypes.Contains(extensionType.GetString()!))
        {
            context.ErrorAt("extension_type", RuleCodes.ExtensionTypeValue,
                $"'extension_type' must be one of new-sdo, new-sco, new-sro, property-extension, toplevel-property-extension; found {StructureWalker.Describe(extensionType)}.");
        }
        else if (extensionType.GetString()!.StartsWith("new-", StringComparison.Ordinal) && StixTypes.IsDefined(context.Type))
        {
            // §7.3: "This extension mechanism MUST NOT be used to redefine existing standardized objects".
            context.ErrorAt("extension_type", RuleCodes.ExtensionRedefinesType,
                $"'{extensionType.GetString()}' cannot apply to '{context.Type}', which STIX 2.1 already defines.");
        }

        // §7.3.2: extension property names are a–z, 0–9 and underscore, 3–250 characters.
        foreach (var property in body.EnumerateObject())
        {
            context.Path.Push(property.Name);
            if (!AsciiSets.IsPropertyName(property.Name))
            {
                context.Error(RuleCodes.PropertyNameFormat,
                    $"'{property.Name}' is not an extension property name: 3–250 characters of a–z, 0–9 and underscore, starting with a letter.");
            }

            ValueRules.CheckNotEmptyList(context, property.Name, property.Value);
            context.Path.Pop();
        }
    }

    private static void CheckCustomExtension(ValidationContext context, string key)
    {
        if (context.Kind.Category is not (StixObjectCategory.CyberObservable or StixObjectCategory.Custom))
        {
            // §3.2: keys SHOULD be extension-definition ids or predefined names; §11.3 custom extensions are SCO-only.
            context.Warning(RuleCodes.ExtensionKey,
                $"'{key}' is neither an extension-definition id nor a predefined extension; use an extension-definition.");
            return;
        }

        // §11.3.1 (deprecated custom SCO extensions): a–z, 0–9, hyphen; MUST end with "-ext".
        if (key.Length < 3 || key.AsSpan().ContainsAnyExcept(AsciiSets.ExtensionName) || !key.EndsWith("-ext", StringComparison.Ordinal))
        {
            context.Error(RuleCodes.CustomExtensionName,
                $"Custom extension name '{key}' must use only a–z, 0–9 and hyphen and end with '-ext'.");
        }

        context.Warning(RuleCodes.ExtensionKey,
            $"'{key}' is a custom extension; custom extensions are deprecated in favour of an extension-definition.");
    }
}
