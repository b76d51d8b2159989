using System.Collections.Frozen;
using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The shape of a <c>marking-definition</c> (STIX 2.1 §7.2.1) and of TLP 2.0 markings
/// (the OASIS TLP 2.0 extension-definition, cti-stix-common-objects).</summary>
internal sealed class MarkingDefinitionRule : IStixTypeRule
{
    /// <summary>The OASIS TLP 2.0 extension definition.</summary>
    public const string Tlp2ExtensionId = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    // §7.2.1.4: "the only instances of TLP marking definitions permitted are those defined here".
    private static readonly FrozenDictionary<string, string> _tlp1Instances = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"] = "white",
        ["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"] = "green",
        ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"] = "amber",
        ["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"] = "red",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> _tlp2Values =
        new[] { "clear", "green", "amber", "amber+strict", "red" }.ToFrozenSet(StringComparer.Ordinal);

    public string Type => "marking-definition";

    public void CheckProperty(ValidationContext context, string name, JsonElement value, bool checkValue)
    {
        // §7.2.1: name and definition_type are strings, definition an object; the checks of Finish only
        // look at values of the right kind, so a wrong kind is reported here, once.
        switch (name)
        {
            case "name" or "definition_type":
                PropertyChecks.RequireKind(context, name, value, JsonValueKind.String, "a string");
                break;
            case "definition" when checkValue:
                PropertyChecks.RequireKind(context, name, value, JsonValueKind.Object, "an object");
                break;
            default:
                break;
        }
    }

    public void Finish(ValidationContext context)
    {
        var root = context.Root;
        var hasExtensions = root.TryGetProperty("extensions", out var extensions);
        var hasType = root.TryGetProperty("definition_type", out var definitionType);
        var hasDefinition = root.TryGetProperty("definition", out var definition);

        // §7.2.1: definition_type and definition: "If the extensions property is not present, this property MUST be present."
        if (!hasExtensions && (!hasType || !hasDefinition))
        {
            context.Error(RuleCodes.MarkingDefinitionContent,
                "A marking definition without 'extensions' must have both 'definition_type' and 'definition'.");
        }

        if (hasType && hasDefinition && JsonText.Is(definitionType, "tlp"u8))
        {
            CheckTlp1(context, definition);
        }
        else if (hasType && hasDefinition && JsonText.Is(definitionType, "statement"u8)
                 && (definition.ValueKind != JsonValueKind.Object || !definition.TryGetProperty("statement", out var s) || s.ValueKind != JsonValueKind.String))
        {
            context.ErrorAt("definition", RuleCodes.MarkingDefinitionContent, "A statement marking's 'definition' must hold a 'statement' string.");
        }

        CheckSelfMarking(context);
        if (hasExtensions && extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty(Tlp2ExtensionId, out var tlp2))
        {
            CheckTlp2(context, tlp2);
        }
    }

    private static void CheckTlp1(ValidationContext context, JsonElement definition)
    {
        var id = context.ObjectId ?? string.Empty;
        if (!_tlp1Instances.TryGetValue(id, out var level))
        {
            context.ErrorAt("definition", RuleCodes.TlpInstance,
                "Only the four TLP marking definitions published in STIX 2.1 §7.2.1.4 may use definition_type 'tlp'; reference those ids instead.");
        }
        else if (definition.ValueKind != JsonValueKind.Object || !definition.TryGetProperty("tlp", out var tlp) || !JsonText.Is(tlp, level))
        {
            context.ErrorAt("definition", RuleCodes.TlpInstance,
                $"This id is the TLP:{level.ToUpperInvariant()} marking definition of STIX 2.1 §7.2.1.4, whose definition is {{\"tlp\": \"{level}\"}} exactly.");
        }
    }

    // §3.2 object_marking_refs / granular_markings: a marking definition MUST NOT mark itself.
    private static void CheckSelfMarking(ValidationContext context)
    {
        if (context.ObjectId is null)
        {
            return;
        }

        CheckGranularSelfMarking(context);
        if (!context.Root.TryGetProperty("object_marking_refs", out var refs) || refs.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var item in refs.EnumerateArray())
        {
            if (JsonText.Is(item, context.ObjectId))
            {
                context.Path.Push("object_marking_refs");
                context.Path.Push(index);
                context.Error(RuleCodes.MarkingSelfReference, "A marking definition must not be marked by itself.");
                context.Path.Pop();
                context.Path.Pop();
            }

            index++;
        }
    }

    // §3.2 granular_markings: "the marking_ref property ... MUST NOT refer to the marking definition itself" in the
    // sense of object_marking_refs: no circular marking, whatever part of itself it marks.
    private static void CheckGranularSelfMarking(ValidationContext context)
    {
        if (!context.Root.TryGetProperty("granular_markings", out var markings) || markings.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var marking in markings.EnumerateArray())
        {
            if (marking.ValueKind == JsonValueKind.Object && marking.TryGetProperty("marking_ref", out var markingRef)
                && JsonText.Is(markingRef, context.ObjectId!))
            {
                context.Path.Push("granular_markings");
                context.Path.Push(index);
                context.ErrorAt("marking_ref", RuleCodes.MarkingSelfReference, "A marking definition must not be marked by itself, not even in part.");
                context.Path.Pop();
                context.Path.Pop();
            }

            index++;
        }
    }

    private static void CheckTlp2(ValidationContext context, JsonElement extension)
    {
        if (extension.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        context.Path.Push("extensions");
        context.Path.Push(Tlp2ExtensionId);
        if (!extension.TryGetProperty("tlp_2_0", out var level) || level.ValueKind != JsonValueKind.String
            || !_tlp2Values.Contains(level.GetString()!))
        {
            context.ErrorAt("tlp_2_0", RuleCodes.Tlp2Value, "A TLP 2.0 marking's 'tlp_2_0' must be one of clear, green, amber, amber+strict, red.");
        }

        context.Path.Pop();
        context.Path.Pop();
    }
}
