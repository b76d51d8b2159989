using System.Globalization;
using System.Text;

namespace Tocsin.Server.Picture;

/// <summary>Folds text for matching names typed by people: case and diacritics ignored, so <c>etat islamique</c>
/// finds <c>État islamique</c>.</summary>
internal static class TextFold
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            kept.Append(char.ToLowerInvariant(c));
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool Contains(string? text, string wanted) =>
        text is not null && Fold(text).Contains(Fold(wanted), StringComparison.Ordinal);
}
