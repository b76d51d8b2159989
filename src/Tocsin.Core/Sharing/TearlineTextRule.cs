using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tocsin.Core.Sharing;

/// <summary>Which properties of an object are free text a tearline must rewrite, and when a released text counts
/// as a copy of the restricted original (docs/sharing.md, "Tearlines").</summary>
public static class TearlineTextRule
{
    private static readonly HashSet<string> _textProperties = new(StringComparer.Ordinal)
    {
        "name", "description", "aliases", "goals", "objective", "abstract", "content", "explanation", "authors",
    };

    /// <summary>True for the free-text properties of STIX 2.1 objects (<c>name</c>, <c>description</c>,
    /// <c>aliases</c>, <c>goals</c>, <c>objective</c>, <c>abstract</c>, <c>content</c>, <c>explanation</c>,
    /// <c>authors</c>) and for any custom <c>x_</c> property holding a string or a list of strings.</summary>
    public static bool IsTextProperty(string name, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _textProperties.Contains(name)
            || (name.StartsWith("x_", StringComparison.Ordinal) && value is not null && Strings(value) is not null);
    }

    /// <summary>The text compared: composed (NFC), full-width forms folded to ASCII, lower-cased (invariant), with
    /// every character that is not a letter, a digit or a combining mark removed (whitespace, punctuation, symbols).
    /// So "ISIS-K", "isis k", "I.S.I.S.K" and "ＩＳＩＳ－Ｋ" are one text.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        var kept = new StringBuilder(folded.Length);
        foreach (var original in folded)
        {
            // U+FF01..U+FF5E are the full-width forms of U+0021..U+007E (the runtime's normalisation may be
            // limited without ICU, so they are folded here).
            var c = original is >= '\uFF01' and <= '\uFF5E' ? char.ToLowerInvariant((char)(original - 0xFEE0)) : original;
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>True when one of <paramref name="released"/> normalises to the same text as one of the original's
    /// values of the property (a string, or a list of strings); an empty normalised text never matches.</summary>
    public static bool Copies(JsonNode? original, IEnumerable<string> released)
    {
        ArgumentNullException.ThrowIfNull(released);
        var originals = original is null ? null : Strings(original);
        if (originals is null)
        {
            return false;
        }

        var restricted = originals.Select(Normalise).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        return released.Any(text => restricted.Contains(Normalise(text)));
    }

    /// <summary>The strings of a string or a list of strings; null for anything else.</summary>
    internal static List<string>? Strings(JsonNode value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        JsonArray a when a.All(i => i?.GetValueKind() == JsonValueKind.String) => [.. a.Select(i => i!.GetValue<string>())],
        _ => null,
    };
}
