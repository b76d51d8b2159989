namespace Tocsin.Core.Ingest.Text;

/// <summary>Splits text into sentences at ., ! or ? followed by a space and a capital, digit or opening
/// quote, and at blank lines and line breaks. Common abbreviations (Mr., U.S., St.) do not end a sentence.</summary>
internal static class SentenceSplitter
{
    private static readonly string[] Abbreviations = ["mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "u.s", "u.k", "u.n", "m", "mme", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "approx"];

    public static List<Sentence> Split(string text, List<Token> tokens)
    {
        var bounds = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(bounds, text, start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '\u201D' or '\u00BB' or '\u2019' or '\'' or ')')
            {
                j++;
            }

            if (j >= text.Length)
            {
                break;
            }

            if (text[j] is not (' ' or '\t' or '\u00A0'))
            {
                continue;
            }

            var k = j;
            while (k < text.Length && text[k] is ' ' or '\t' or '\u00A0')
            {
                k++;
            }

            if (k < text.Length && (char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '\u201C' or '\u00AB') && !IsAbbreviation(text, i))
            {
                Add(bounds, text, start, j);
                start = k;
                i = k - 1;
            }
        }

        Add(bounds, text, start, text.Length);
        return WithTokens(bounds, tokens);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot - 1;
        while (s >= 0 && (char.IsLetter(text[s]) || text[s] == '.'))
        {
            s--;
        }

        var word = text[(s + 1)..dot].ToLowerInvariant();
        return word.Length > 0 && (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(text[dot - 1])));
    }

    private static void Add(List<(int Start, int End)> bounds, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            bounds.Add((start, end));
        }
    }

    private static List<Sentence> WithTokens(List<(int Start, int End)> bounds, List<Token> tokens)
    {
        var sentences = new List<Sentence>(bounds.Count);
        var t = 0;
        foreach (var (start, end) in bounds)
        {
            while (t < tokens.Count && tokens[t].Start < start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].Start < end)
            {
                t++;
            }

            sentences.Add(new Sentence(start, end, first, t - first));
        }

        return sentences;
    }
}
