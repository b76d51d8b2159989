namespace Tocsin.Core.Ingest.Text;

/// <summary>Finds phrases (sequences of canonical token keys) in tokenised text: longest match first,
/// left to right, never overlapping. Articles in the text are skipped, as they are in the phrases.</summary>
/// <remarks>Lookup is by the first key, so the cost is linear in the text whatever the number of phrases.</remarks>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Keys, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(string[] keys, T value)
    {
        if (keys.Length == 0)
        {
            return;
        }

        if (!_byFirst.TryGetValue(keys[0], out var list))
        {
            list = [];
            _byFirst[keys[0]] = list;
        }

        // Longest first; phrases of one length keep the order they were added in, so a phrase listed in two
        // classes is first read as the first class, and as the second where the first is refused.
        var at = list.FindIndex(e => e.Keys.Length < keys.Length);
        list.Insert(at < 0 ? list.Count : at, (keys, value));
        Count++;
    }

    /// <summary>Every match; <paramref name="accept"/> may refuse a candidate (e.g. case or context
    /// rules), in which case shorter candidates at the same place are tried.</summary>
    public List<PhraseMatch<T>> Match(List<Token> tokens, Func<T, int, int, bool>? accept = null)
    {
        var content = new List<int>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsArticle)
            {
                content.Add(i);
            }
        }

        var matches = new List<PhraseMatch<T>>();
        var c = 0;
        while (c < content.Count)
        {
            var advanced = false;
            if (_byFirst.TryGetValue(tokens[content[c]].Key, out var candidates))
            {
                foreach (var (keys, value) in candidates)
                {
                    if (c + keys.Length > content.Count || !SameKeys(tokens, content, c, keys))
                    {
                        continue;
                    }

                    var first = content[c];
                    var last = content[c + keys.Length - 1];
                    if (accept is not null && !accept(value, first, last))
                    {
                        continue;
                    }

                    matches.Add(new PhraseMatch<T>(value, first, last, new TextSpan(tokens[first].Start, tokens[last].End)));
                    c += keys.Length;
                    advanced = true;
                    break;
                }
            }

            if (!advanced)
            {
                c++;
            }
        }

        return matches;
    }

    private static bool SameKeys(List<Token> tokens, List<int> content, int at, string[] keys)
    {
        for (var k = 1; k < keys.Length; k++)
        {
            if (!string.Equals(tokens[content[at + k]].Key, keys[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
