using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>Helpers for the per-type rules that combine properties: time order, properties that come in
/// pairs or exclude each other, and "at least one of".</summary>
internal static class Combinations
{
    /// <summary>Reports when both timestamps are present and well-formed and <paramref name="later"/> is before
    /// <paramref name="earlier"/> (or equal to it, when <paramref name="strictlyAfter"/>).</summary>
    public static void TimeOrder(ValidationContext context, string earlier, string later, bool strictlyAfter, string clause)
    {
        if (!TryTimestamp(context.Root, earlier, out var first) || !TryTimestamp(context.Root, later, out var second))
        {
            return;
        }

        var wrong = strictlyAfter ? second <= first : second < first;
        if (wrong)
        {
            var relation = strictlyAfter ? "later than" : "the same as or later than";
            context.ErrorAt(later, RuleCodes.TimeOrder, $"'{later}' ({second.Text}) must be {relation} '{earlier}' ({first.Text}) ({clause}).");
        }
    }

    /// <summary>True when the object has <paramref name="name"/>.</summary>
    public static bool Has(ValidationContext context, string name) => context.Root.TryGetProperty(name, out _);

    /// <summary>Reports when none of <paramref name="names"/> is present.</summary>
    public static void AtLeastOne(ValidationContext context, string clause, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Has(context, name))
            {
                return;
            }
        }

        context.Error(RuleCodes.RequiredOneOf, $"A {context.Type} must have at least one of {string.Join(", ", names.ToArray())} ({clause}).");
    }

    /// <summary>Reports when <paramref name="name"/> is present without <paramref name="requires"/>.</summary>
    public static void Requires(ValidationContext context, string name, string requires, string clause)
    {
        if (Has(context, name) && !Has(context, requires))
        {
            context.ErrorAt(name, RuleCodes.PropertyDependency, $"'{name}' requires '{requires}' to be present too ({clause}).");
        }
    }

    /// <summary>Reports when both <paramref name="name"/> and <paramref name="excluded"/> are present.</summary>
    public static void Excludes(ValidationContext context, string name, string excluded, string clause)
    {
        if (Has(context, name) && Has(context, excluded))
        {
            context.ErrorAt(excluded, RuleCodes.PropertyDependency, $"'{excluded}' must not be present together with '{name}' ({clause}).");
        }
    }

    public static bool TryTimestamp(JsonElement root, string name, out StixTimestamp timestamp)
    {
        timestamp = default;
        return root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && StixTimestamp.TryParse(value.GetString(), out timestamp);
    }
}
