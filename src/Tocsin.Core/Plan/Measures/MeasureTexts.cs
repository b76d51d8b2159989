using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Plan.Measures;

/// <summary>The checks shared by every per-language text of a catalogue file (titles, objectives, implementation).</summary>
internal static class MeasureTexts
{
    /// <summary>Longest title accepted, in characters: a heading, not a paragraph.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>Longest objective or implementation text accepted, in characters.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Adds an issue for each scheme language <paramref name="texts"/> lacks (only when <paramref name="required"/>
    /// or when some text is given: a text is given in every language or in none), each language the scheme does not
    /// speak and each text over <paramref name="maxLength"/>.</summary>
    public static void Check(Dictionary<string, string>? texts, string path, string missingRule, bool required, int maxLength,
        AlertScheme scheme, List<SchemeIssue> issues)
    {
        if (required || texts is { Count: > 0 })
        {
            foreach (var language in scheme.Languages.Where(l => !AlertSchemeReader.HasText(texts, l)))
            {
                issues.Add(new($"{path}.{language}", missingRule, $"The text in '{language}' is missing."));
            }
        }

        foreach (var (language, text) in texts ?? new Dictionary<string, string>())
        {
            if (!scheme.Languages.Contains(language, StringComparer.Ordinal))
            {
                issues.Add(new($"{path}.{language}", "language-unknown", $"'{language}' is not a language of scheme '{scheme.Id}' ({string.Join(", ", scheme.Languages)})."));
            }
            else if (text is { Length: var length } && length > maxLength)
            {
                issues.Add(new($"{path}.{language}", "text-too-long", $"The text has {length} characters; at most {maxLength} are accepted."));
            }
        }
    }

    /// <summary>A copy of <paramref name="texts"/> with ordinal keys, or an empty dictionary.</summary>
    public static IReadOnlyDictionary<string, string> Copy(Dictionary<string, string>? texts) =>
        texts is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(texts, StringComparer.Ordinal);
}
