namespace Tocsin.Core.Ingest.Text;

/// <summary>Splits NFC text into tokens whose spans index that text. Hyphens, dashes, spaces and punctuation
/// separate words; an apostrophe inside a word is dropped (Qa'ida → qaida) except after a French elided
/// article (l'État → l + état), which becomes a separate, ignored word.</summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> ElidedArticles = new(StringComparer.Ordinal) { "l", "d", "j", "n", "s", "t", "m", "c", "qu", "lorsqu", "jusqu", "puisqu" };

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var start = -1;
        var allUpper = true;
        var hasLetter = false;
        var afterElision = false;
        var afterHyphen = false;
        string? previous = null;

        void Flush(int end, bool elision)
        {
            var raw = start >= 0 ? CharFolding.Fold(text.AsSpan(start, end - start)) : string.Empty;
            if (raw.Length > 0)
            {
                if (elision && ElidedArticles.Contains(raw))
                {
                    afterElision = true;
                    start = -1;
                    allUpper = true;
                    hasLetter = false;
                    return;
                }

                var canonical = SpellingVariants.Canonical(raw, previous);
                tokens.Add(new Token(start, end, canonical, hasLetter && allUpper, SpellingVariants.IsArticle(canonical), afterElision, afterHyphen));
                previous = canonical;
                afterElision = false;
                afterHyphen = false;
            }

            start = -1;
            allUpper = true;
            hasLetter = false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (CharFolding.IsWordChar(c) && !char.IsSurrogate(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                if (char.IsLetter(c))
                {
                    hasLetter = true;
                    allUpper &= char.IsUpper(c);
                }

                continue;
            }

            if (CharFolding.IsApostrophe(c) && start >= 0 && IsPossessive(text, i))
            {
                // English possessive: "Iran's" is the word "Iran".
                Flush(i, elision: false);
                i++;
                continue;
            }

            if (CharFolding.IsApostrophe(c) && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                if (ElidedArticles.Contains(CharFolding.Fold(text.AsSpan(start, i - start))))
                {
                    Flush(i, elision: true);
                }

                continue;
            }

            var wasHyphen = CharFolding.IsHyphen(c);
            Flush(i, elision: false);
            if (wasHyphen)
            {
                afterHyphen = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterHyphen = false;
            }
        }

        Flush(text.Length, elision: false);
        return tokens;
    }

    private static bool IsPossessive(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 == text.Length || !char.IsLetter(text[apostrophe + 2]));

    /// <summary>The canonical keys of a phrase (an alias, a place name), articles removed.</summary>
    public static string[] Keys(string phrase)
    {
        var tokens = Tokenize(UnicodeTables.ToNfc(phrase));
        var keys = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (!token.IsArticle)
            {
                keys.Add(token.Key);
            }
        }

        return [.. keys];
    }
}
