using System.Globalization;
using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>Granular marking selectors (STIX 2.1 §7.2.3): components separated by <c>.</c>, each a
/// property name or dictionary key, or a zero-based list index in brackets (<c>[4]</c>). The root is
/// the object the <c>granular_markings</c> property appears in.</summary>
internal static class Selector
{
    /// <summary>The outcome of resolving one selector.</summary>
    public enum Outcome
    {
        Resolved,
        BadSyntax,
        NotPresent,
    }

    public static Outcome Resolve(JsonElement root, string selector)
    {
        if (selector.Length == 0)
        {
            return Outcome.BadSyntax;
        }

        var current = root;
        ReadOnlySpan<char> rest = selector;
        while (true)
        {
            var dot = rest.IndexOf('.');
            var component = dot < 0 ? rest : rest[..dot];
            var step = Step(ref current, component);
            if (step != Outcome.Resolved)
            {
                return step;
            }

            if (dot < 0)
            {
                return Outcome.Resolved;
            }

            rest = rest[(dot + 1)..];
        }
    }

    private static Outcome Step(ref JsonElement current, ReadOnlySpan<char> component)
    {
        if (component.IsEmpty)
        {
            return Outcome.BadSyntax;
        }

        if (component[0] == '[')
        {
            if (component.Length < 3 || component[^1] != ']' || component[1..^1].ContainsAnyExceptInRange('0', '9')
                || !int.TryParse(component[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return Outcome.BadSyntax;
            }

            if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
            {
                return Outcome.NotPresent;
            }

            current = current[index];
            return Outcome.Resolved;
        }

        if (component.ContainsAny('[', ']'))
        {
            return Outcome.BadSyntax;
        }

        if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(component, out var next))
        {
            return Outcome.NotPresent;
        }

        current = next;
        return Outcome.Resolved;
    }
}
