using Tocsin.Core.Ingest.Actors;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds claims of responsibility, assessments and accusations (docs/ingest.md, "Assertions"). The
/// text is read clause by clause against the lexicons of claiming, accusing, assessing and reporting words
/// and their argument structure; groups and states take part named directly, through a role ("the interior
/// minister" → that state) or through a back-reference ("this structure" → the group named last).
/// Datelines are never speakers. The finders never throw on any text.</summary>
internal static class AssertionExtractor
{
    /// <summary>A back-reference is a little less sure than the name itself.</summary>
    private const int ReferenceConfidence = 75;

    public static List<AssertionFinding> Find(AnalysedText text, List<ActorMention> actors, List<PartyMention> parties, List<DateMention> dates)
    {
        var referents = Referents(text, actors, parties);
        var context = new AssertionContext(text, actors, referents, dates);
        var findings = ClaimFinder.Find(context);
        findings.AddRange(AttributionFinder.Find(context));
        return Distinct(findings);
    }

    private static List<AssertionReferent> Referents(AnalysedText text, List<ActorMention> actors, List<PartyMention> parties)
    {
        var referents = new List<AssertionReferent>();
        foreach (var actor in actors.Where(a => a.Within is null))
        {
            var last = Math.Max(actor.FirstToken, text.TokenIndexAt(actor.Span.End) - 1);
            referents.Add(new AssertionReferent(actor, null, actor.Span, actor.FirstToken, last, actor.Confidence, false));
        }

        foreach (var (actor, reference) in ActorReferences.Resolve(text, actors))
        {
            referents.Add(new AssertionReferent(actor, null, reference.Span, reference.FirstToken, reference.LastToken, Math.Min(ReferenceConfidence, actor.Confidence), true));
        }

        var actorSpans = actors.Select(a => a.Span).ToList();
        var inActors = new SpanIndex(actorSpans);
        referents.AddRange(PartyResolver.Referents(text, parties.Where(p => !inActors.Overlaps(p.Span)).ToList(), actorSpans));
        referents.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return referents;
    }

    /// <summary>One finding per label; the most confident wins and gathers every span.</summary>
    private static List<AssertionFinding> Distinct(List<AssertionFinding> findings)
    {
        var byLabel = new Dictionary<string, AssertionFinding>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var finding in findings)
        {
            var key = finding.Basis + "/" + finding.Label;
            if (!byLabel.TryGetValue(key, out var existing))
            {
                byLabel[key] = finding;
                order.Add(key);
                continue;
            }

            var best = finding.Confidence > existing.Confidence ? finding : existing;
            byLabel[key] = best with { Spans = [.. best.Spans, .. (best == finding ? existing : finding).Spans], Confidence = Math.Max(existing.Confidence, finding.Confidence) };
        }

        return [.. order.Select(k => byLabel[k])];
    }
}
