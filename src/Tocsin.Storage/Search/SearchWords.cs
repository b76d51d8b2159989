using System.Globalization;
using System.Text;

namespace Tocsin.Storage.Search;

/// <summary>The words of a search as both engines index them (docs/search.md): lower case, diacritics removed (NFD,
/// combining marks dropped), split at anything that is not a letter or a digit. "État islamique au Khorassan"
/// gives <c>etat islamique au khorassan</c>; quotes, <c>*</c>, <c>-</c>, <c>:</c> and words such as <c>NEAR</c> are
/// separators or plain words, never query syntax.</summary>
public static class SearchWords
{
    /// <summary>The words of <paramref name="text"/>, in order, each once.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                    or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                    word.Append(c);
                    continue;
                default:
                    Flush(word, words);
                    continue;
            }
        }

        Flush(word, words);
        return words;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length == 0)
        {
            return;
        }

        var folded = word.ToString().Normalize(NormalizationForm.FormC);
        if (!words.Contains(folded, StringComparer.Ordinal))
        {
            words.Add(folded);
        }

        word.Clear();
    }
}
