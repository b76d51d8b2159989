using Tocsin.Core.Ingest.Actors;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>What the claim and attribution finders share for one report: the text, every group and state
/// that can take part in an assertion (named, resolved from a role or a back-reference), and the dates.</summary>
internal sealed class AssertionContext
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "with", "in", "of", "from", "to", "on", "into", "near", "outside", "inside", "across", "against", "at", "over", "toward", "towards", "for", "about", "among", "between", "by",
        "de", "en", "au", "aux", "du", "des", "a", "vers", "avec", "dans", "pres", "contre", "sur", "pour", "par", "chez", "parmi", "entre",
    };

    /// <summary>Heads of a possessive that name another party than the possessor: "Al-Qaeda's Yemen wing",
    /// "the group's foreign sponsors".</summary>
    private static readonly HashSet<string> OtherPartyHeads = new(StringComparer.Ordinal)
    {
        "branch", "wing", "affiliate", "affiliates", "offshoot", "offshoots", "splinter", "province", "franchise",
        "ally", "allies", "sponsor", "sponsors", "backer", "backers", "patron", "patrons", "proxy", "proxies", "rival", "rivals", "enemy", "enemies",
    };

    private readonly Dictionary<int, List<AssertionReferent>> _bySentence = [];
    private readonly Dictionary<int, AssertionReferent> _namedByLastToken = [];
    private readonly Dictionary<int, DateMention> _dayBySentence = [];

    public AssertionContext(AnalysedText text, List<ActorMention> actors, List<AssertionReferent> referents, List<DateMention> dates)
    {
        Text = text;
        Actors = actors;
        Referents = referents;
        Dates = dates;

        // Indexed once: every finder asks per clause and per cue, and a long report has thousands of each.
        foreach (var date in dates.Where(d => d.Precision == DatePrecision.Day))
        {
            _dayBySentence.TryAdd(text.SentenceIndexAt(date.Span.Start), date);
        }

        foreach (var referent in referents)
        {
            var sentence = text.SentenceIndexAt(referent.Span.Start);
            if (!_bySentence.TryGetValue(sentence, out var list))
            {
                list = [];
                _bySentence[sentence] = list;
            }

            list.Add(referent);
            if (!referent.Resolved)
            {
                _namedByLastToken[referent.LastToken] = referent;
            }
        }
    }

    public AnalysedText Text { get; }

    public List<ActorMention> Actors { get; }

    public List<AssertionReferent> Referents { get; }

    public List<DateMention> Dates { get; }

    public IEnumerable<AssertionReferent> In(Clause clause) => InSentence(clause.SentenceIndex).Where(r => clause.ContainsToken(r.FirstToken));

    public IEnumerable<AssertionReferent> InSentence(int sentence) =>
        _bySentence.TryGetValue(sentence, out var list) ? list : [];

    public IEnumerable<CueMatch> Cues(Clause clause, CueClass cls) => Text.CuesIn(clause.SentenceIndex).Where(c => c.Class == cls && clause.ContainsToken(c.FirstToken));

    /// <summary>A negation in the clause up to four words before the cue or right after it ("has not claimed",
    /// "claimed no", "n'a pas revendiqué").</summary>
    public bool Negated(Clause clause, CueMatch cue) =>
        Negations(clause).Any(m => clause.ContainsToken(m.FirstToken)
            && ((m.LastToken < cue.FirstToken && cue.FirstToken - m.LastToken <= 4) || (m.FirstToken > cue.LastToken && m.FirstToken - cue.LastToken <= 1)
                || (m.FirstToken >= cue.FirstToken && m.LastToken <= cue.LastToken)));

    /// <summary>The clause's sentence's negations, less those that cancel: two in a row ("there was no doubt the
    /// agency was behind it", "did not deny") affirm.</summary>
    private IEnumerable<CueMatch> Negations(Clause clause)
    {
        var negations = Text.ModifiersIn(clause.SentenceIndex).Where(m => m.Class == CueClass.Negation).ToList();
        return negations.Where(m => !negations.Any(o => o.FirstToken == m.LastToken + 1 || o.LastToken + 1 == m.FirstToken));
    }

    /// <summary>A hedge anywhere in the clause ("could be linked", "reportedly", "présumé"), or a hedged cue.</summary>
    public bool Hedged(Clause clause, CueMatch cue) =>
        cue.Cue.Hedged || Text.ModifiersIn(clause.SentenceIndex).Any(m => m.Class == CueClass.Hedge && clause.ContainsToken(m.FirstToken));

    /// <summary>A party named as the possessor of another ("Al-Qaeda's Yemen wing claimed", "blamed the group's
    /// foreign sponsors"): the head of the phrase, up to three words on, is the one that acts, not the possessor.
    /// "The group's spokesman said" still speaks for the group.</summary>
    public bool PossessorOfAnother(AssertionReferent referent)
    {
        var end = referent.Span.End;
        var text = Text.Text;
        if (end + 1 >= text.Length || !CharFolding.IsApostrophe(text[end]) || text[end + 1] is not ('s' or 'S'))
        {
            return false;
        }

        var tokens = Text.Tokens;
        for (var i = referent.LastToken + 1; i < tokens.Count && i <= referent.LastToken + 3; i++)
        {
            if (OtherPartyHeads.Contains(tokens[i].Key))
            {
                return true;
            }
        }

        return false;
    }

    public DateMention? DateIn(int sentence) => _dayBySentence.GetValueOrDefault(sentence);

    /// <summary>A state named after a preposition ("on the border with Mali", "in Iran", "d'Ukraine") is a
    /// place, not a speaker; so is one joined by "and" to such a state ("with Burkina Faso and Mali").</summary>
    public bool AfterPreposition(AssertionReferent referent)
    {
        var tokens = Text.Tokens;
        var i = referent.FirstToken - 1;
        while (i >= 0 && tokens[i].IsArticle)
        {
            i--;
        }

        var start = tokens[referent.FirstToken].Start;
        if (start >= 2 && Text.Text[start - 2] is 'd' or 'D' && Text.Text[start - 1] is '\'' or '’')
        {
            return true;
        }

        if (i < 0)
        {
            return false;
        }

        if (tokens[i].Key is "and" or "et")
        {
            return _namedByLastToken.TryGetValue(i - 1, out var joined) && AfterPreposition(joined);
        }

        // The key of "à" is "a", the English article: only the accented word is the preposition.
        var gap = Text.Text[tokens[i].End..start].Trim();
        var word = Text.Text[tokens[i].Start..tokens[i].End];
        return Prepositions.Contains(tokens[i].Key) && !(tokens[i].Key == "a" && word is "a" or "A") && gap is "" or "l'" or "l’" or "L'" or "L’";
    }
}
