using System.Text;

namespace Tocsin.Core.Ingest.Text;

/// <summary>Folding of one word for matching (docs/ingest.md, "Normalisation"): compatibility forms (NFKC),
/// diacritics removed, lower case; in a word that mixes scripts, Cyrillic and Greek letters that look like
/// Latin ones become them (ISIL-Х → isil-x); an all-Cyrillic word is transliterated (ИГИЛ → igil).</summary>
internal static class CharFolding
{
    private static readonly Dictionary<char, char> LookAlikes = BuildLookAlikes();

    private static readonly Dictionary<char, string> Transliteration = BuildTransliteration();

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4' or '\u2032';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u00AD';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || UnicodeTables.IsMark(c) || (c >= '\uFB00' && c <= '\uFB06');

    /// <summary>The folded key of a word of the NFC text.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var latin = false;
        foreach (var c in word)
        {
            latin |= c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
        }

        var b = new StringBuilder(word.Length + 4);
        foreach (var c in word)
        {
            if (UnicodeTables.CompatibilityOf(c) is { } compat)
            {
                foreach (var k in compat)
                {
                    AppendOne(b, k, latin);
                }

                continue;
            }

            AppendOne(b, c, latin);
        }

        return b.ToString();
    }

    private static void AppendOne(StringBuilder b, char c, bool latinWord)
    {
        if (c < 128 && !IsApostrophe(c))
        {
            b.Append(char.ToLowerInvariant(c));
            return;
        }

        if (UnicodeTables.IsMark(c) || IsApostrophe(c))
        {
            return;
        }

        var baseLetters = UnicodeTables.BaseOf(c) ?? c.ToString();
        foreach (var d in baseLetters)
        {
            var lower = char.ToLowerInvariant(d);
            if (latinWord && LookAlikes.TryGetValue(d, out var latin))
            {
                b.Append(latin);
            }
            else if (!latinWord && Transliteration.TryGetValue(lower, out var roman))
            {
                b.Append(roman);
            }
            else if (LookAlikes.TryGetValue(d, out var greek) && d is >= '\u0370' and <= '\u03FF')
            {
                b.Append(greek);
            }
            else
            {
                b.Append(lower);
            }
        }
    }

    private static Dictionary<char, char> BuildLookAlikes()
    {
        // Cyrillic (upper and lower case) and Greek capitals that a reader, or a machine translation,
        // takes for Latin letters. Lower-case Cyrillic letters map to the Latin letter their capital resembles.
        const string cyrillic = "АаВвЕеЁёКкМмНнОоРрСсТтУуХхІіЈјЅѕԁ";
        const string latin = "aabbeeeekkmmhhooppccttyyxxiijjssd";
        var map = new Dictionary<char, char>();
        for (var i = 0; i < cyrillic.Length; i++)
        {
            map[cyrillic[i]] = latin[i];
        }

        const string greek = "ΑΒΕΗΙΚΜΝΟΡΤΥΧΖ";
        const string greekLatin = "abehikmnoptyxz";
        for (var i = 0; i < greek.Length; i++)
        {
            map[greek[i]] = greekLatin[i];
        }

        return map;
    }

    /// <summary>A simple romanisation of Russian and Ukrainian Cyrillic (Х → kh, Ж → zh, Щ → shch).</summary>
    private static Dictionary<char, string> BuildTransliteration()
    {
        const string letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ";
        string[] roman = ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye", "yi", "g"];
        var map = new Dictionary<char, string>();
        for (var i = 0; i < letters.Length; i++)
        {
            map[letters[i]] = roman[i];
        }

        return map;
    }
}
