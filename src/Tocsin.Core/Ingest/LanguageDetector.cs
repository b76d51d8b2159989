using System.Globalization;

namespace Tocsin.Core.Ingest;

/// <summary>Guesses the language of a text from its script and its most frequent short words (no model).
/// Returns an ISO 639-1 code: en, fr, de, es, it, nl, pt, ru (Cyrillic), ar (Arabic script), or "und" when
/// there is too little to tell.</summary>
public static class LanguageDetector
{
    private static readonly (string Code, HashSet<string> Words)[] Stopwords =
    [
        ("en", Set("the and of to in was were is are that said for on with by has have at from it its this which who after been had not but")),
        ("fr", Set("le la les des et du un une est dans pour que qui au aux sur par été pas a ont avec ce cette il elle selon ses son lors après")),
        ("de", Set("der die das und ist nicht mit den dem von ein eine wurde auf sich des zu im bei nach auch wurden sind wie")),
        ("es", Set("el los las y que del por una con para fue según se al lo como más su sus han este")),
        ("it", Set("il della che di e per con sono gli nel una è dei delle alla stato ha anche come")),
        ("nl", Set("de het een en van niet dat op zijn werd met voor door bij naar ook er")),
        ("pt", Set("o os as do da em que não uma foi pelo pela dos das com para ao se seu")),
    ];

    /// <summary>The guessed language code of <paramref name="text"/>.</summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int letters = 0, cyrillic = 0, arabic = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
        }

        if (letters > 0 && cyrillic * 2 > letters)
        {
            return "ru";
        }

        if (letters > 0 && arabic * 2 > letters)
        {
            return "ar";
        }

        var scores = new int[Stopwords.Length];
        foreach (var word in Words(text))
        {
            for (var i = 0; i < Stopwords.Length; i++)
            {
                if (Stopwords[i].Words.Contains(word))
                {
                    scores[i]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return scores[best] >= 2 ? Stopwords[best].Code : "und";
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                yield return text[start..i].ToLower(CultureInfo.InvariantCulture);
                start = -1;
            }
        }
    }

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
