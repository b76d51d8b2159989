using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tocsin.Core.Ingest.Text;

/// <summary>Canonical composition (NFC), base letters and compatibility forms from Data/unicode-tables.json.
/// Tocsin runs with invariant globalization, where the platform does not normalise non-ASCII text, so ingest
/// carries the part of the Unicode tables it needs (Latin, Greek and Cyrillic letters with diacritics,
/// ligatures, full-width forms, spaces).</summary>
internal static class UnicodeTables
{
    private static readonly Lazy<(Dictionary<string, char> Compose, Dictionary<char, string> Base, Dictionary<char, string> Compat)> Tables = new(Load);

    /// <summary>The NFC form: a letter followed by combining marks becomes the precomposed letter where
    /// Unicode defines one.</summary>
    public static string ToNfc(string text)
    {
        var compose = Tables.Value.Compose;
        StringBuilder? b = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsMark(c) && (b?.Length ?? i) > 0)
            {
                b ??= new StringBuilder(text, 0, i, text.Length);
                if (compose.TryGetValue(string.Concat(b[^1].ToString(), c.ToString()), out var composed))
                {
                    b[^1] = composed;
                    continue;
                }
            }

            b?.Append(c);
        }

        return b?.ToString() ?? text;
    }

    /// <summary>The letters without diacritics (é → e, Ё → Е), or null when the character has none.</summary>
    public static string? BaseOf(char c) => Tables.Value.Base.TryGetValue(c, out var b) ? b : null;

    /// <summary>The NFKC compatibility form (ﬁ → fi, full-width Ａ → A, no-break space → space), or null.</summary>
    public static string? CompatibilityOf(char c) => Tables.Value.Compat.TryGetValue(c, out var b) ? b : null;

    public static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static (Dictionary<string, char>, Dictionary<char, string>, Dictionary<char, string>) Load()
    {
        using var document = JsonDocument.Parse(IngestResources.Read("unicode-tables.json"));
        var root = document.RootElement;
        var compose = root.GetProperty("compose").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()![0], StringComparer.Ordinal);
        var bases = root.GetProperty("base").EnumerateObject().ToDictionary(p => p.Name[0], p => p.Value.GetString()!);
        var compat = root.GetProperty("compat").EnumerateObject().ToDictionary(p => p.Name[0], p => p.Value.GetString()!);
        return (compose, bases, compat);
    }
}
