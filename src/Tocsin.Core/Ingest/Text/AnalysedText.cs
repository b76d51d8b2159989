namespace Tocsin.Core.Ingest.Text;

/// <summary>The NFC form of a report's text with its tokens, sentences, clauses, datelines and lexicon cues,
/// computed once and shared by every extractor. All offsets are UTF-16 indexes into <see cref="Text"/>.</summary>
internal sealed class AnalysedText
{
    private readonly Lazy<List<Clause>> _clauses;
    private readonly Lazy<List<CueMatch>> _cues;
    private readonly Lazy<List<CueMatch>> _modifiers;
    private readonly Lazy<List<CueMatch>[]> _cuesBySentence;
    private readonly Lazy<List<CueMatch>[]> _modifiersBySentence;
    private readonly Lazy<SpanIndex> _datelineIndex;

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
        _cuesBySentence = new(() => BySentence(Cues));
        _modifiersBySentence = new(() => BySentence(Modifiers));
        _datelineIndex = new(() => new SpanIndex(Datelines));
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

    /// <summary>The cues that start in sentence <paramref name="sentence"/> (none outside the text): the
    /// finders look at one sentence at a time, and scanning every cue of a long report for each would be
    /// quadratic.</summary>
    public List<CueMatch> CuesIn(int sentence) => sentence >= 0 && sentence < Sentences.Count ? _cuesBySentence.Value[sentence] : [];

    /// <summary>The negations and hedges that start in sentence <paramref name="sentence"/>.</summary>
    public List<CueMatch> ModifiersIn(int sentence) => sentence >= 0 && sentence < Sentences.Count ? _modifiersBySentence.Value[sentence] : [];

    public bool InDateline(TextSpan span) => _datelineIndex.Value.Overlaps(span);

    public Sentence SentenceAt(int offset) => Sentences[SentenceIndexAt(offset)];

    /// <summary>The first sentence ending after <paramref name="offset"/> (the last when none does); a
    /// binary search, because the finders ask for every cue and mention and a long report has thousands of
    /// sentences.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].End <= offset)
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

    /// <summary>The first clause ending after <paramref name="token"/> (the last when none does), by binary
    /// search.</summary>
    public Clause ClauseAt(int token)
    {
        int lo = 0, hi = Clauses.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Clauses[mid].LastToken <= token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Clauses[lo];
    }

    private List<CueMatch>[] BySentence(List<CueMatch> cues)
    {
        var index = new List<CueMatch>[Sentences.Count];
        for (var i = 0; i < index.Length; i++)
        {
            index[i] = [];
        }

        foreach (var cue in cues)
        {
            if (index.Length > 0)
            {
                index[SentenceIndexAt(cue.Span.Start)].Add(cue);
            }
        }

        return index;
    }

    public string SentenceText(Sentence sentence) => Text[sentence.Start..sentence.End];
}
