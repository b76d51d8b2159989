using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>The rules of an extension definition (STIX 2.1 §7.3) that combine properties.</summary>
internal static class ExtensionDefinitionChecks
{
    public static void Check(ValidationContext context)
    {
        // §7.3: created_by_ref is required for extension definitions.
        if (!Combinations.Has(context, "created_by_ref"))
        {
            context.ErrorAt("created_by_ref", RuleCodes.Required, "An extension-definition must have 'created_by_ref' (§7.3).");
        }

        // §7.3 extension_properties: the top-level properties a toplevel-property-extension adds.
        if (Combinations.Has(context, "extension_properties") && !DeclaresToplevel(context.Root))
        {
            context.Path.Push("extension_properties");
            context.Warning(RuleCodes.ExtensionShape, "'extension_properties' only applies when 'extension_types' includes toplevel-property-extension (§7.3).");
            context.Path.Pop();
        }
    }

    private static bool DeclaresToplevel(JsonElement root)
    {
        if (!root.TryGetProperty("extension_types", out var types) || types.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        foreach (var type in types.EnumerateArray())
        {
            if (JsonText.Is(type, "toplevel-property-extension"u8))
            {
                return true;
            }
        }

        return false;
    }
}
