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

        // §7.3.1 extension_properties: the top-level properties a toplevel-property-extension adds. On a definition
        // of new objects it is an error (the object's properties are in its schema); with property-extension only,
        // a warning, as before: the properties are then simply never used at the top level.
        if (Combinations.Has(context, "extension_properties"))
        {
            var (toplevel, newObject) = Declared(context.Root);
            if (!toplevel)
            {
                context.Path.Push("extension_properties");
                if (newObject is not null)
                {
                    context.Error(RuleCodes.ExtensionPropertiesForbidden,
                        $"'extension_properties' must not be used by a definition of type {newObject}; it only lists the top-level properties of a toplevel-property-extension (§7.3.1).");
                }
                else
                {
                    context.Warning(RuleCodes.ExtensionShape, "'extension_properties' only applies when 'extension_types' includes toplevel-property-extension (§7.3).");
                }

                context.Path.Pop();
            }
        }
    }

    /// <summary>Whether <c>extension_types</c> includes toplevel-property-extension (true too when it cannot be read:
    /// its own issue is reported), and the first new-sdo/new-sco/new-sro it includes.</summary>
    private static (bool Toplevel, string? NewObject) Declared(JsonElement root)
    {
        if (!root.TryGetProperty("extension_types", out var types) || types.ValueKind != JsonValueKind.Array)
        {
            return (true, null);
        }

        string? newObject = null;
        foreach (var type in types.EnumerateArray())
        {
            if (JsonText.Is(type, "toplevel-property-extension"u8))
            {
                return (true, null);
            }

            if (newObject is null && (JsonText.Is(type, "new-sdo"u8) || JsonText.Is(type, "new-sco"u8) || JsonText.Is(type, "new-sro"u8)))
            {
                newObject = type.GetString();
            }
        }

        return (false, newObject);
    }
}
