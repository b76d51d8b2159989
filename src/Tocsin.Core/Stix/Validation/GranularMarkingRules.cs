using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary><c>granular_markings</c> (STIX 2.1 §7.2.3): each has a non-empty <c>selectors</c> list
/// that resolves inside this object and exactly one of <c>marking_ref</c> and <c>lang</c>.</summary>
/// <remarks>The identifier syntax and target type of <c>marking_ref</c> are checked by
/// <see cref="StructureWalker"/> like every other reference.</remarks>
internal static class GranularMarkingRules
{
    public static void Check(ValidationContext context, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Error(RuleCodes.PropertyType, "'granular_markings' must be a list of granular markings.");
            return;
        }

        var index = 0;
        foreach (var marking in value.EnumerateArray())
        {
            context.Path.Push(index++);
            CheckOne(context, marking);
            context.Path.Pop();
        }
    }

    private static void CheckOne(ValidationContext context, JsonElement marking)
    {
        if (marking.ValueKind != JsonValueKind.Object)
        {
            context.Error(RuleCodes.PropertyType, "A granular marking must be a JSON object.");
            return;
        }

        var hasRef = marking.TryGetProperty("marking_ref", out _);
        var hasLang = marking.TryGetProperty("lang", out var lang);
        if (hasRef == hasLang)
        {
            context.Error(RuleCodes.GranularMarkingChoice, hasRef
                ? "A granular marking must have either 'marking_ref' or 'lang', not both."
                : "A granular marking must have one of 'marking_ref' or 'lang'.");
        }

        if (hasLang)
        {
            context.Path.Push("lang");
            ValueRules.CheckLang(context, lang);
            context.Path.Pop();
        }

        if (!marking.TryGetProperty("selectors", out var selectors))
        {
            context.ErrorAt("selectors", RuleCodes.Required, "A granular marking must have 'selectors'.");
            return;
        }

        context.Path.Push("selectors");
        CheckSelectors(context, selectors);
        context.Path.Pop();
    }

    private static void CheckSelectors(ValidationContext context, JsonElement selectors)
    {
        if (selectors.ValueKind != JsonValueKind.Array)
        {
            context.Error(RuleCodes.PropertyType, "'selectors' must be a list of strings.");
            return;
        }

        if (!ValueRules.CheckNotEmptyList(context, "selectors", selectors))
        {
            return;
        }

        var index = 0;
        foreach (var item in selectors.EnumerateArray())
        {
            context.Path.Push(index++);
            if (item.ValueKind != JsonValueKind.String)
            {
                context.Error(RuleCodes.PropertyType, "A selector must be a string.");
            }
            else
            {
                var selector = item.GetString()!;
                switch (Selector.Resolve(context.Root, selector))
                {
                    case Selector.Outcome.Resolved:
                        break;
                    case Selector.Outcome.BadSyntax:
                        context.Error(RuleCodes.SelectorSyntax,
                            $"'{selector}' is not a selector: property names and [index] components separated by '.', e.g. external_references.[0].source_name.");
                        break;
                    case Selector.Outcome.NotPresent:
                        context.Error(RuleCodes.SelectorUnresolved, $"The selector '{selector}' does not refer to content present in this object.");
                        break;
                }
            }

            context.Path.Pop();
        }
    }
}
