using System.Buffers;

namespace Tocsin.Core.Ingest.Text;

/// <summary>Splits a sentence into clauses where a new assertion may start: at a semicolon, and at a
/// contrasting conjunction after punctuation (", while", ", even as", ", whereas", ", but", ". while" in a
/// run-on machine translation, ", tandis que", ", alors que", ", mais"). Each clause may hold one speaker
/// and what it asserts; "X accused Y, while Z said W" is two.</summary>
internal static class ClauseSplitter
{
    private static readonly SearchValues<char> Punctuation = SearchValues.Create(",.—–");

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "while", "whereas", "but", "whilst", "tandis", "mais", "cependant" };

    public static List<Clause> Split(string text, List<Token> tokens, List<Sentence> sentences)
    {
        var clauses = new List<Clause>(sentences.Count * 2);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var first = sentence.FirstToken;
            var start = sentence.Start;
            for (var t = sentence.FirstToken + 1; t < sentence.LastToken; t++)
            {
                if (!StartsClause(text, tokens, t))
                {
                    continue;
                }

                var breakAt = tokens[t - 1].End;
                clauses.Add(new Clause(start, breakAt, first, t, s));
                first = t;
                start = tokens[t].Start;
            }

            clauses.Add(new Clause(start, sentence.End, first, sentence.LastToken, s));
        }

        return clauses;
    }

    private static bool StartsClause(string text, List<Token> tokens, int t)
    {
        var gap = text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End);
        if (gap.Contains(';'))
        {
            return true;
        }

        var punctuated = gap.IndexOfAny(Punctuation) >= 0;
        var key = tokens[t].Key;
        if (punctuated && Openers.Contains(key))
        {
            return true;
        }

        // ", even as" / ", alors que"
        return punctuated && t + 1 < tokens.Count
            && ((key == "even" && tokens[t + 1].Key == "as") || (key == "alors" && tokens[t + 1].Key == "que"));
    }
}
