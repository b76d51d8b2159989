using System.Buffers;
using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>One recursive pass over a top-level property value for the rules that hold at every
/// depth: no duplicate names in a JSON object (I-JSON, RFC 7493 §2.3, which STIX 2.1 §1.2.10 makes
/// the serialization) and every <c>*_ref</c>/<c>*_refs</c> value an identifier (STIX 2.1 §3.1, §2.9).</summary>
internal static class StructureWalker
{
    private const int MaxDepth = 64;

    /// <summary>Walks <paramref name="value"/>, the value of top-level property <paramref name="name"/>,
    /// whose path is already pushed.</summary>
    public static void Walk(ValidationContext context, string name, JsonElement value)
    {
        // §2.13: the deprecated observable container uses local keys ("0", "1") as references.
        if (name == "objects" && context.Type == "observed-data")
        {
            return;
        }

        // §3.1 fixes the suffix of identifier-valued properties; custom properties (§11.1) and the
        // properties of deprecated custom objects (§11.2) are not typed by the specification, so a
        // non-identifier there is only reported as a warning.
        var strict = !name.StartsWith("x_", StringComparison.Ordinal) && context.Kind.Category != StixObjectCategory.Custom;
        CheckReferenceValue(context, name, value, strict);
        Visit(context, value, 0, strict);
    }

    /// <summary>Checks that a value named <c>*_ref</c> is an identifier and one named <c>*_refs</c> a
    /// non-empty list of identifiers. Returns the referenced ids' types through the target check.</summary>
    public static void CheckReferenceValue(ValidationContext context, string name, JsonElement value, bool strict)
    {
        if (name.EndsWith("_ref", StringComparison.Ordinal))
        {
            CheckOneReference(context, name, value, strict);
        }
        else if (name.EndsWith("_refs", StringComparison.Ordinal))
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                Report(context, strict, RuleCodes.PropertyType, $"'{name}' must be a list of identifiers.");
                return;
            }

            // Top-level empty lists are reported with every other top-level list by CommonRules.
            if (value.GetArrayLength() == 0 && context.Path.Depth > 1)
            {
                Report(context, strict, RuleCodes.EmptyList, $"'{name}' must not be an empty list; omit the property instead.");
                return;
            }

            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                context.Path.Push(index++);
                CheckOneReference(context, name, item, strict);
                context.Path.Pop();
            }
        }
    }

    private static void CheckOneReference(ValidationContext context, string name, JsonElement value, bool strict)
    {
        if (value.ValueKind != JsonValueKind.String || !StixId.TryParse(value.GetString(), out var id))
        {
            Report(context, strict, RuleCodes.RefFormat, $"'{name}' must hold STIX identifiers (type--UUID); found {Describe(value)}.");
            return;
        }

        // §8: "A Bundle is not a STIX Object", so no reference the specification types can name one (the OASIS
        // schemas say so of source_ref, target_ref, sighting_of_ref and object_ref; it holds for every reference).
        if (id.Type == "bundle")
        {
            Report(context, strict, RuleCodes.RefToBundle, $"'{name}' names a bundle; a bundle is not a STIX object and cannot be referenced.");
            return;
        }

        var target = ReferenceTarget.For(context.Type, name);
        if (target is not null && !target.Allows(id.Type))
        {
            context.Error(RuleCodes.RefTargetType, $"'{name}' must point to {target.Description}, not to a '{id.Type}'.");
        }
    }

    private static void Visit(ValidationContext context, JsonElement value, int depth, bool strict)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    context.Path.Push(index);
                    Visit(context, item, depth + 1, strict);
                    context.Path.Pop();
                }

                index++;
            }
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            VisitObject(context, value, depth, strict);
        }
    }

    private static void VisitObject(ValidationContext context, JsonElement value, int depth, bool strict)
    {
        var count = value.GetPropertyCount();
        var names = ArrayPool<string>.Shared.Rent(count);
        var seen = 0;
        foreach (var property in value.EnumerateObject())
        {
            var name = property.Name;
            context.Path.Push(name);
            if (DuplicateNames.Contains(names, seen, name))
            {
                context.Error(RuleCodes.DuplicateProperty, $"The property '{name}' appears more than once in the same JSON object.");
            }

            names[seen++] = name;
            CheckReferenceValue(context, name, property.Value, strict);
            Visit(context, property.Value, depth + 1, strict);
            context.Path.Pop();
        }

        Array.Clear(names, 0, seen);
        ArrayPool<string>.Shared.Return(names);
    }

    private static void Report(ValidationContext context, bool strict, string rule, string message)
    {
        if (strict)
        {
            context.Error(rule, message);
        }
        else
        {
            context.Warning(rule, message);
        }
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.Undefined => "nothing",
    };
}
