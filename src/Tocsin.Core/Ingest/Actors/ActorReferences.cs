using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Actors;

/// <summary>Resolves back-references ("this structure", "the organisation", "the same branch", "cette
/// structure") to the group named last before them, within the three sentences before. They are not new
/// mentions of the actor (its item keeps the words that name it); they let an assertion reach the group.</summary>
internal static class ActorReferences
{
    private const int MaxSentencesBack = 3;

    public static List<(ActorMention Actor, CueMatch Reference)> Resolve(AnalysedText text, List<ActorMention> actors)
    {
        var resolved = new List<(ActorMention, CueMatch)>();
        foreach (var reference in text.Cues.Where(c => c.Class == CueClass.Reference))
        {
            if (actors.Any(a => a.Span.Overlaps(reference.Span)) || !Determined(text, reference))
            {
                continue;
            }

            var sentence = text.SentenceIndexAt(reference.Span.Start);
            var antecedent = actors.LastOrDefault(a => a.Span.End <= reference.Span.Start && a.Within is null);
            if (antecedent is not null && sentence - text.SentenceIndexAt(antecedent.Span.Start) <= MaxSentencesBack)
            {
                resolved.Add((antecedent, reference));
            }
        }

        return resolved;
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
