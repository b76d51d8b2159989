using System.Collections.Frozen;
using Tocsin.Core.Stix.Patterning;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>The object paths of a parsed <c>stix</c> pattern (STIX 2.1 §9.7): for an SCO type STIX defines, the
/// first property must be one that type has, and a property inside a predefined extension one that extension has.
/// Custom properties are allowed: an <c>x_</c> name, or any path through an extension-definition's extension.</summary>
/// <remarks>The properties per type are the per-type tables of <see cref="TypeRules"/>, which were cross-checked,
/// property by property, with the OASIS STIX 2.1 JSON schemas (cti-stix2-json-schemas, <c>observables/*.json</c>,
/// commit 3bf9e69): the two list the same properties for all 18 SCO types.</remarks>
internal static class PatternPaths
{
    // §6 "Common Properties" of SCOs (cyber-observable-core in the OASIS schemas).
    private static readonly FrozenSet<string> _common = new[]
    {
        "type", "id", "spec_version", "object_marking_refs", "granular_markings", "defanged", "extensions",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static void Check(ValidationContext context, StixPattern pattern)
    {
        List<string>? reported = null;
        Visit(context, pattern.Expression, ref reported);
    }

    private static void Visit(ValidationContext context, ObservationExpression expression, ref List<string>? reported)
    {
        switch (expression)
        {
            case ObservationComparison comparison:
                Visit(context, comparison.Comparison, ref reported);
                break;
            case ObservationBinary binary:
                Visit(context, binary.Left, ref reported);
                Visit(context, binary.Right, ref reported);
                break;
            case ObservationQualified qualified:
                Visit(context, qualified.Expression, ref reported);
                break;
            default:
                break;
        }
    }

    private static void Visit(ValidationContext context, ComparisonExpression expression, ref List<string>? reported)
    {
        var path = expression switch
        {
            PropertyTest test => test.Path,
            ExistsTest exists => exists.Path,
            _ => null,
        };
        if (expression is ComparisonBinary binary)
        {
            Visit(context, binary.Left, ref reported);
            Visit(context, binary.Right, ref reported);
        }
        else if (path is not null && Problem(path) is { } problem && !(reported ??= []).Contains(problem))
        {
            reported.Add(problem);
            context.ErrorAt("pattern", RuleCodes.PatternProperty, problem);
        }
    }

    private static string? Problem(ObjectPath path)
    {
        if (!StixTypes.IsDefined(path.ObjectType) || StixTypes.CategoryOf(path.ObjectType) != StixObjectCategory.CyberObservable
            || path.Steps.Count == 0 || path.Steps[0].Property is not { } first || IsCustom(first))
        {
            return null;
        }

        if (first == "extensions")
        {
            return ExtensionProblem(path);
        }

        return _common.Contains(first) || (TypeRules.For(path.ObjectType) as SchemaTypeRule)?.Defines(first) == true
            ? null
            : $"In the pattern, '{path.ObjectType}:{first}' names no property of {path.ObjectType} objects; a custom property starts with x_ (§9.7).";
    }

    private static string? ExtensionProblem(ObjectPath path)
    {
        if (path.Steps.Count < 2 || path.Steps[1].Property is not { } name || !PredefinedExtensions.ByName.TryGetValue(name, out var extension))
        {
            return null;
        }

        if (extension.ObjectType != path.ObjectType)
        {
            return $"In the pattern, the {name} extension is used on {path.ObjectType} objects; it extends {extension.ObjectType} objects (§9.7).";
        }

        return path.Steps.Count < 3 || path.Steps[2].Property is not { } property || IsCustom(property) || extension.Table.Find(property) is not null
            ? null
            : $"In the pattern, '{property}' is not a property of the {name} extension (§9.7).";
    }

    private static bool IsCustom(string name) =>
        name.StartsWith("x_", StringComparison.Ordinal) || name.StartsWith("extension-definition--", StringComparison.Ordinal);
}
