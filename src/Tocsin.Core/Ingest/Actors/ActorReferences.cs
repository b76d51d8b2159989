using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Actors;

/// <summary>Resolves back-references ("this structure", "the organisation", "the same branch", "cette
/// structure") to the group named last before them, within the three sentences before. They are not new
/// mentions of the actor (its item keeps the words that name it); they let an assertion reach the group.</summary>
internal static class ActorReferences
{
    private const int MaxSentencesBack = 3;
    private const int MaxDescribingWords = 3;

    private static readonly HashSet<string> HeadWords = new(StringComparer.Ordinal) { "group", "movement", "militia", "organisation", "organization", "faction", "network", "insurgency" };

    private static readonly HashSet<string> DescribingWords = new(StringComparer.Ordinal)
    {
        "islamist", "jihadist", "militant", "armed", "extremist", "insurgent", "rebel", "terrorist", "sunni", "shiite", "shia", "separatist", "radical", "outlawed", "banned", "proscribed", "same", "hardline",
    };

    public static List<(ActorMention Actor, CueMatch Reference)> Resolve(AnalysedText text, List<ActorMention> actors)
    {
        var resolved = new List<(ActorMention, CueMatch)>();
        var named = new SpanIndex(actors.Select(a => a.Span));
        var antecedents = actors.Where(a => a.Within is null).OrderBy(a => a.Span.End).ToList();
        foreach (var reference in text.Cues.Where(c => c.Class == CueClass.Reference).Concat(DescribedReferences(text)))
        {
            if (named.Overlaps(reference.Span) || !Determined(text, reference))
            {
                continue;
            }

            var sentence = text.SentenceIndexAt(reference.Span.Start);
            var antecedent = EndingLastBefore(antecedents, reference.Span.Start);
            if (antecedent is not null && sentence - text.SentenceIndexAt(antecedent.Span.Start) <= MaxSentencesBack)
            {
                resolved.Add((antecedent, reference));
            }
        }

        return resolved;
    }

    /// <summary>"the Somali Islamist group", "the outlawed militant movement": "the", one to three words that
    /// describe (a nationality or a kind of militancy) and a group's head word refer back as "the group" does.</summary>
    private static IEnumerable<CueMatch> DescribedReferences(AnalysedText text)
    {
        var tokens = text.Tokens;
        for (var head = 2; head < tokens.Count; head++)
        {
            if (!HeadWords.Contains(tokens[head].Key))
            {
                continue;
            }

            var first = head - 1;
            while (first > 0 && head - first <= MaxDescribingWords && Describes(text, first))
            {
                first--;
            }

            if (first < head - 1 && tokens[first].Key == "the")
            {
                var span = new TextSpan(tokens[first].Start, tokens[head].End);
                yield return new CueMatch(new Cue(CueClass.Reference, "the " + tokens[head].Key, "en", CueSide.None, true, false), first + 1, head, span);
            }
        }
    }

    private static bool Describes(AnalysedText text, int index) =>
        DescribingWords.Contains(text.Tokens[index].Key) || Extraction.PartyResolver.IsNationalityAdjective(text, index);

    /// <summary>The mention that ends last at or before <paramref name="offset"/>, by binary search over mentions
    /// sorted by their end.</summary>
    private static ActorMention? EndingLastBefore(List<ActorMention> byEnd, int offset)
    {
        int lo = 0, hi = byEnd.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (byEnd[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? null : byEnd[lo - 1];
    }

    /// <summary>"the affiliate" refers back; "the al-Qaeda affiliate" names another group. A phrase written
    /// with "the" needs "the" right before its first word in the text ("the" is ignored when matching).</summary>
    private static bool Determined(AnalysedText text, CueMatch reference)
    {
        if (!reference.Cue.Phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var before = reference.FirstToken - 1;
        return before >= 0 && text.Tokens[before].Key == "the";
    }
}
