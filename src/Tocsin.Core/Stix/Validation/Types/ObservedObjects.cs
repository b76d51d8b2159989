using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>The deprecated <c>objects</c> of observed-data (STIX 2.1 §4.14): "a dictionary of SCO representing the
/// observation", keyed by local references. Each entry must be an SCO and follow its type's rules; its references
/// are the dictionary's keys, not identifiers, so they are not checked as identifiers.</summary>
internal static class ObservedObjects
{
    public static void Check(ValidationContext context)
    {
        if (!context.Root.TryGetProperty("objects", out var objects))
        {
            return;
        }

        if (objects.ValueKind != JsonValueKind.Object)
        {
            context.ErrorAt("objects", RuleCodes.PropertyType, "'objects' must be a dictionary of SCOs keyed by local references (§4.14).");
            return;
        }

        foreach (var entry in objects.EnumerateObject())
        {
            var embedded = Embedded(context, entry.Name, entry.Value);
            if (embedded is not null)
            {
                CheckSco(embedded);
                context.AddRange(embedded.Issues);
            }
        }
    }

    /// <summary>A context for the entry when it is an SCO of a type STIX defines; otherwise reports why it is not an
    /// SCO (custom SCO types, deprecated too, are accepted unchecked).</summary>
    private static ValidationContext? Embedded(ValidationContext context, string key, JsonElement value)
    {
        var type = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()!
            : null;
        var category = type is null ? (StixObjectCategory?)null : StixTypes.CategoryOf(type);
        if (category is StixObjectCategory.CyberObservable)
        {
            return new ValidationContext(context, value, type!, "objects", key) { TypeRule = TypeRules.For(type!) };
        }

        if (category is not StixObjectCategory.Custom)
        {
            context.Path.Push("objects");
            context.Path.Push(key);
            context.Error(RuleCodes.ObservedObject, type is null
                ? "Each entry of 'objects' must be an SCO: a JSON object with a 'type' (§4.14)."
                : $"Each entry of 'objects' must be an SCO; a '{type}' is not one (§4.14).");
            context.Path.Pop();
            context.Path.Pop();
        }

        return null;
    }

    private static void CheckSco(ValidationContext sco)
    {
        foreach (var property in sco.Root.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            sco.Path.Push(name);
            if (name == "extensions")
            {
                ExtensionRules.Check(sco, value);
            }
            else if (name != "type")
            {
                var checkValue = ValueRules.CheckNotEmptyList(sco, name, value) && ValueRules.CheckNotEmptyDictionary(sco, name, value);
                sco.TypeRule?.CheckProperty(sco, name, value, checkValue);
            }

            sco.Path.Pop();
        }

        sco.TypeRule?.Finish(sco);
    }
}
