using System.Globalization;
using System.Text;

namespace Tocsin.Core.Places;

/// <summary>The comparable form of a place name: lower case, without accents, ligatures spelled out, every
/// run of punctuation or spaces made one space. "Évry-Courcouronnes", "evry courcouronnes" and
/// "EVRY–Courcouronnes" are all <c>evry courcouronnes</c>.</summary>
/// <remarks>Accents are folded with a table of the Latin letters French, Dutch and English place names use, not with
/// Unicode normalisation, so the key is the same with or without the ICU data (invariant globalisation mode does
/// not decompose). Combining marks written as separate characters are dropped.</remarks>
public static class PlaceName
{
    private static readonly string[] Articles = ["le ", "la ", "les ", "l "];

    private static readonly Dictionary<char, string> Folded = BuildFolding();

    /// <summary>The comparable form of <paramref name="text"/>; empty when it holds no letter or digit.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(Spelled(char.ToLowerInvariant(c)));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return key.ToString();
    }

    /// <summary><paramref name="key"/> without a leading French article ("la reunion" → "reunion"), or itself.</summary>
    public static string WithoutArticle(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var article in Articles)
        {
            if (key.Length > article.Length && key.StartsWith(article, StringComparison.Ordinal))
            {
                return key[article.Length..];
            }
        }

        return key;
    }

    private static string Spelled(char c) => Folded.TryGetValue(c, out var folded) ? folded : new string(c, 1);

    private static Dictionary<char, string> BuildFolding()
    {
        var folding = new Dictionary<char, string> { ['œ'] = "oe", ['æ'] = "ae", ['ß'] = "ss" };
        (string Letters, string Base)[] groups =
        [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ];
        foreach (var (letters, folded) in groups)
        {
            foreach (var letter in letters)
            {
                folding[letter] = folded;
            }
        }

        return folding;
    }
}
