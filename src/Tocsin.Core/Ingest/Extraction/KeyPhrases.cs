using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A set of phrases from a lexicon file, matched on the tokenizer's folded keys ("lost their
/// lives", "ont perdu la vie", "s'élève à"), so that case, accents, hyphens and apostrophes never matter and
/// no regular expression runs over the text.</summary>
internal sealed class KeyPhrases
{
    private readonly Dictionary<string, List<string[]>> _byFirstKey = new(StringComparer.Ordinal);

    public KeyPhrases(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var keys = Tokenizer.Tokenize(UnicodeTables.ToNfc(phrase)).Select(t => t.Key).ToArray();
            if (keys.Length == 0)
            {
                continue;
            }

            if (!_byFirstKey.TryGetValue(keys[0], out var list))
            {
                _byFirstKey[keys[0]] = list = [];
            }

            list.Add(keys);
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary>The number of tokens of the longest phrase starting at <paramref name="index"/>, 0 if none.</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int index, int end)
    {
        if (index < 0 || index >= end || !_byFirstKey.TryGetValue(tokens[index].Key, out var candidates))
        {
            return 0;
        }

        foreach (var keys in candidates)
        {
            if (index + keys.Length > end)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < keys.Length && all; k++)
            {
                all = tokens[index + k].Key == keys[k];
            }

            if (all)
            {
                return keys.Length;
            }
        }

        return 0;
    }

    /// <summary>The token index of the first phrase in [<paramref name="from"/>, <paramref name="end"/>), or -1.</summary>
    public int Find(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var i = Math.Max(from, 0); i < end; i++)
        {
            if (MatchAt(tokens, i, end) > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The token index of the last phrase that ends no later than <paramref name="end"/>, or -1.</summary>
    public int FindLast(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var i = end - 1; i >= Math.Max(from, 0); i--)
        {
            if (MatchAt(tokens, i, end) > 0)
            {
                return i;
            }
        }

        return -1;
    }
}
