namespace Tocsin.Core.Ingest.Text;

/// <summary>The NFC form of a report's text with its tokens, sentences, clauses, datelines and lexicon cues,
/// computed once and shared by every extractor. All offsets are UTF-16 indexes into <see cref="Text"/>.</summary>
internal sealed class AnalysedText
{
    private readonly Lazy<List<Clause>> _clauses;
    private readonly Lazy<List<CueMatch>> _cues;
    private readonly Lazy<List<CueMatch>> _modifiers;

    /// <param name="text">The report's text.</param>
    /// <param name="language">en or fr: only that language's lexicons are read; null reads every one.</param>
    public AnalysedText(string text, string? language = null)
    {
        Text = UnicodeTables.ToNfc(text);
        Tokens = Tokenizer.Tokenize(Text);
        Sentences = SentenceSplitter.Split(Text, Tokens);
        Datelines = DatelineFinder.Find(Text);
        _clauses = new(() => ClauseSplitter.Split(Text, Tokens, Sentences));
        _cues = new(() => Lexicon.Instance.MatchCues(Tokens, language));
        _modifiers = new(() => Lexicon.Instance.MatchModifiers(Tokens, language));
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<Sentence> Sentences { get; }

    /// <summary>Datelines ("KARACHI, 3 May (Reuters) —"): where the story was filed; never a speaker.</summary>
    public List<TextSpan> Datelines { get; }

    public List<Clause> Clauses => _clauses.Value;

    /// <summary>Claim, accusation, assessment, reporting, role and reference phrases of the lexicons.</summary>
    public List<CueMatch> Cues => _cues.Value;

    /// <summary>Negations and hedges of the lexicons.</summary>
    public List<CueMatch> Modifiers => _modifiers.Value;

    public bool InDateline(TextSpan span) => Datelines.Any(d => d.Overlaps(span));

    public Sentence SentenceAt(int offset)
    {
        foreach (var sentence in Sentences)
        {
            if (offset < sentence.End)
            {
                return sentence;
            }
        }

        return Sentences[^1];
    }

    public int SentenceIndexAt(int offset)
    {
        for (var i = 0; i < Sentences.Count; i++)
        {
            if (offset < Sentences[i].End)
            {
                return i;
            }
        }

        return Sentences.Count - 1;
    }

    /// <summary>The index of the token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenIndexAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public Clause ClauseAt(int token)
    {
        foreach (var clause in Clauses)
        {
            if (token < clause.LastToken)
            {
                return clause;
            }
        }

        return Clauses[^1];
    }

    public string SentenceText(Sentence sentence) => Text[sentence.Start..sentence.End];
}
