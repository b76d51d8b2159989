using System.Text.RegularExpressions;
using Tocsin.Core.Ingest.Actors;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds claims of responsibility, assessments and accusations, sentence by sentence
/// (docs/ingest.md, "Assertions"). A claim needs a claim cue and a group; an assessment or accusation needs a
/// cue, an asserting state (or its service or leader) before the cue or after "according to", and a group or
/// state blamed. Negated claims ("no group has claimed") and denials yield nothing.</summary>
internal static class AssertionExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly Regex ClaimCue = new(
        @"\b(?:claimed\s+(?:responsibility|credit|the\s+(?:attack|bombing|killing|shooting|assault|massacre))|claim(?:s|ed)?\s+of\s+responsibility|claimed\s+it|responsibility\s+was\s+claimed|(?:took|accepted|claiming)\s+responsibility|claimed\s+by|claimed\s+that\s+its\s+(?:fighters|militants)|revendiqu\w*|revendication)",
        Options, Timeout);

    private static readonly Regex NegatedClaim = new(
        @"\b(?:no\s+(?:group|one|organisation|organization)\s+(?:has\s+|had\s+)?(?:yet\s+)?(?:claimed|taken)|not\s+(?:yet\s+)?(?:been\s+)?claimed|yet\s+to\s+be\s+claimed|unclaimed|without\s+(?:a\s+)?claim|pas\s+(?:encore\s+)?été\s+revendiqu\w*|aucune\s+revendication|n'a\s+(?:pas|toujours\s+pas)\s+(?:encore\s+)?revendiqu|n’a\s+(?:pas|toujours\s+pas)\s+(?:encore\s+)?revendiqu|non\s+revendiqu|sans\s+revendication|denied|démenti|dément|nié|rejected)",
        Options, Timeout);

    private static readonly Regex AccusationCue = new(
        @"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing|e|é|ait)|pointed\s+the\s+finger|point(?:é|e)\s+du\s+doigt|mis\s+en\s+cause|met\s+en\s+cause|imput(?:é|e|ait)|held\s+(?:\w+\s+)?responsible|a\s+désigné|sought\s+to\s+link|linked\s+the\s+attack\s+to|trace\s+to|Ukrainian\s+trace|piste\s+ukrainienne|connected\s+(?:the\s+)?attacks?\s+to|linked\s+(?:the\s+)?attacks?\s+to)",
        Options, Timeout);

    private static readonly Regex AssessmentCue = new(
        @"\b(?:assess(?:ed|es|ment)?|believ(?:e|ed|es)|concluded|conclu\w*|determined|(?:was|were|is|are)\s+behind|carried\s+out\s+by|(?:was|were)\s+(?:responsible|the\s+work\s+of)|planned\s+and\s+carried\s+out|instigated|intelligence\s+(?:\w+\s+){0,3}(?:indicat\w+|show\w*|point\w*)|according\s+to|selon|estim\w+|attribu\w+|derrière|(?:est|était|serait)\s+responsable|commandit\w+|l'œuvre\s+de|l’œuvre\s+de|linked\s+to|lié\s+à|liée\s+à|(?:bears?|bore)\s+(?:sole\s+|full\s+)?responsibility|responsible\s+for)",
        Options, Timeout);

    private static readonly Regex Denial = new(@"\b(?:denied|denies|dismissed|rejected|démenti|dément|nié|nie|rejeté)\b", Options, Timeout);

    private static readonly Regex AccordingTo = new(@"\b(?:according\s+to|selon)\b", Options, Timeout);

    private static readonly Regex SpeechVerb = new(@"^\s+(?:\w+\s+){0,2}?(?:said|say|says|told|believe[sd]?|assess\w*|concluded|a\s+déclaré|a\s+indiqué|ont\s+indiqué|estime\w*)\b", Options, Timeout);

    private static readonly Regex Amaq = new(@"\bAmaq\b", Options, Timeout);

    public static List<AssertionFinding> Find(AnalysedText text, List<ActorMention> actors, List<PartyMention> parties, List<DateMention> dates)
    {
        var findings = new List<AssertionFinding>();
        for (var i = 0; i < text.Sentences.Count; i++)
        {
            var sentence = text.Sentences[i];
            var s = text.SentenceText(sentence);
            var inActors = actors.Where(a => sentence.Contains(a.Span.Start)).ToList();
            var inParties = parties.Where(p => sentence.Contains(p.Span.Start) && !inActors.Any(a => a.Span.Overlaps(p.Span))).ToList();
            var date = dates.FirstOrDefault(d => sentence.Contains(d.Span.Start) && d.Precision == DatePrecision.Day);
            FindClaims(text, i, s, inActors, actors, date, findings);
            FindAttributions(sentence, s, actors.Where(a => sentence.Contains(a.Span.Start)).ToList(), inParties, date, findings);
        }

        return Distinct(findings);
    }

    private static void FindClaims(AnalysedText text, int index, string s, List<ActorMention> inActors, List<ActorMention> allActors, DateMention? date, List<AssertionFinding> findings)
    {
        var sentence = text.Sentences[index];
        var cue = ClaimCue.Match(s);
        if (!cue.Success || NegatedClaim.IsMatch(s[..cue.Index]) || NegatedClaim.IsMatch(s))
        {
            return;
        }

        var cueStart = sentence.Start + cue.Index;
        var claimant = inActors.Where(a => a.Span.Start < cueStart).OrderBy(a => a.Span.Start).FirstOrDefault()
            ?? inActors.OrderBy(a => a.Span.Start).FirstOrDefault();
        var confidence = 75;
        if (claimant is null && Amaq.IsMatch(s))
        {
            claimant = allActors.FirstOrDefault(a => a.Organisation?.Key == "islamic-state");
            confidence = 60;
        }

        if (claimant is null && index > 0)
        {
            // "The group claimed ...": the group named last in the previous sentence.
            var previous = text.Sentences[index - 1];
            claimant = allActors.Where(a => previous.Contains(a.Span.Start)).OrderByDescending(a => a.Span.Start).FirstOrDefault();
            confidence = 60;
        }

        if (claimant is null)
        {
            return;
        }

        var spans = new List<TextSpan> { new(cueStart, cueStart + cue.Length), claimant.Span };
        findings.Add(new AssertionFinding("claim", claimant, null, claimant, null, spans, date, confidence));
    }

    private static readonly Regex ClauseBreak = new(@",\s*(?:even\s+as|while|whereas|but)\b|;\s|\s(?:but|whereas)\s|,\s*(?:mais|tandis\s+que|alors\s+que)\b", Options, Timeout);

    private static readonly Regex TargetJoin = new(@"^\s*(?:,|and|et|,\s*and)\s*(?:the\s+|les\s+|la\s+|le\s+|l'|l’)?$", Options, Timeout);

    /// <summary>Each clause ("X accused Y, even as Z said W") may hold one assertion.</summary>
    private static void FindAttributions(Sentence sentence, string s, List<ActorMention> inActors, List<PartyMention> inParties, DateMention? date, List<AssertionFinding> findings)
    {
        var start = 0;
        foreach (Match brk in ClauseBreak.Matches(s))
        {
            FindInClause(sentence, s, start, brk.Index, inActors, inParties, date, findings);
            start = brk.Index + brk.Length;
        }

        FindInClause(sentence, s, start, s.Length, inActors, inParties, date, findings);
    }

    private static void FindInClause(Sentence sentence, string s, int from, int to, List<ActorMention> allActors, List<PartyMention> allParties, DateMention? date, List<AssertionFinding> findings)
    {
        var clause = s[from..to];
        var lo = sentence.Start + from;
        var hi = sentence.Start + to;
        var inActors = allActors.Where(a => a.Span.Start >= lo && a.Span.Start < hi).ToList();
        var inParties = allParties.Where(p => p.Span.Start >= lo && p.Span.Start < hi).ToList();
        var accusation = AccusationCue.Match(clause);
        var assessment = AssessmentCue.Match(clause);
        if (!accusation.Success && !assessment.Success)
        {
            return;
        }

        var cue = accusation.Success ? accusation : assessment;
        var cueStart = lo + cue.Index;
        var denial = Denial.Match(clause);
        if (denial.Success && denial.Index < cue.Index && !accusation.Success)
        {
            return;
        }

        var asserter = FindAsserter(lo, clause, cueStart, inParties);
        if (asserter is null)
        {
            return;
        }

        var targets = Targets(s, sentence, cueStart, asserter, inActors, inParties);
        foreach (var (actor, party) in targets)
        {
            var basis = accusation.Success || party is not null ? "accusation" : "assessment";
            var targetSpan = actor?.Span ?? party!.Span;
            var spans = new List<TextSpan> { asserter.Span, new(cueStart, cueStart + cue.Length), targetSpan };
            findings.Add(new AssertionFinding(basis, null, asserter.Party, actor, party?.Party, spans, date, 65));
        }
    }

    /// <summary>Whom the assertion blames: the nearest group or state after the cue, and those joined to it by
    /// "and"; else the group nearest before the cue ("ISIS-K bore sole responsibility").</summary>
    private static List<(ActorMention? Actor, PartyMention? Party)> Targets(string s, Sentence sentence, int cueStart, PartyMention asserter, List<ActorMention> inActors, List<PartyMention> inParties)
    {
        var after = inActors.Where(a => a.Span.Start > cueStart).Select(a => (Start: a.Span.Start, End: a.Span.End, Actor: (ActorMention?)a, Party: (PartyMention?)null))
            .Concat(inParties.Where(p => p.Span.Start > cueStart && p.Party != asserter.Party).Select(p => (Start: p.Span.Start, End: p.Span.End, Actor: (ActorMention?)null, Party: (PartyMention?)p)))
            .OrderBy(t => t.Start)
            .ToList();
        var targets = new List<(ActorMention?, PartyMention?)>();
        if (after.Count > 0)
        {
            targets.Add((after[0].Actor, after[0].Party));
            for (var i = 1; i < after.Count; i++)
            {
                var between = s[(after[i - 1].End - sentence.Start)..(after[i].Start - sentence.Start)];
                if (!TargetJoin.IsMatch(between))
                {
                    break;
                }

                targets.Add((after[i].Actor, after[i].Party));
            }

            return targets;
        }

        var before = inActors.Where(a => a.Span.Start < cueStart).OrderByDescending(a => a.Span.Start).FirstOrDefault();
        if (before is not null)
        {
            targets.Add((before, null));
        }

        return targets;
    }

    private static PartyMention? FindAsserter(int clauseStart, string clause, int cueStart, List<PartyMention> inParties)
    {
        var according = AccordingTo.Match(clause);
        if (according.Success)
        {
            var after = clauseStart + according.Index + according.Length;
            var named = inParties.Where(p => p.Span.Start >= after).OrderBy(p => p.Span.Start).FirstOrDefault();
            if (named is not null && named.Span.Start - after < 40)
            {
                return named;
            }
        }

        // A state named after a preposition ("on the border with Mali", "in Iran") is a place, not a speaker;
        // one named after the cue speaks only when a speech verb follows ("..., Nigerian police said").
        var before = inParties.Where(p => p.Span.Start < cueStart && !AfterPreposition(clause, p.Span.Start - clauseStart, clauseStart, inParties)).OrderBy(p => p.Span.Start).FirstOrDefault();
        return before ?? inParties.Where(p => p.Span.Start > cueStart && SpeechVerb.IsMatch(clause[(p.Span.End - clauseStart)..])).OrderBy(p => p.Span.Start).FirstOrDefault();
    }

    private static bool AfterPreposition(string clause, int at, int clauseStart, List<PartyMention> inParties)
    {
        var head = clause[..at].TrimEnd();
        var lastSpace = head.LastIndexOf(' ');
        var word = (lastSpace < 0 ? head : head[(lastSpace + 1)..]).ToLowerInvariant();
        if (word is "and" or "et" or ",")
        {
            // "with Burkina Faso and Mali": a state joined to one that follows a preposition.
            var previous = inParties.Where(p => p.Span.End - clauseStart <= lastSpace).OrderByDescending(p => p.Span.End).FirstOrDefault();
            return previous is not null && clause[(previous.Span.End - clauseStart)..at].Trim() is "and" or "et" or ","
                && AfterPreposition(clause, previous.Span.Start - clauseStart, clauseStart, inParties);
        }

        return word is "with" or "in" or "of" or "from" or "to" or "on" or "into" or "near" or "de" or "en" or "au" or "aux" or "du" or "des" or "à" or "vers" or "avec" or "d'" || word.EndsWith('\'') || word.EndsWith('’');
    }

    private static List<AssertionFinding> Distinct(List<AssertionFinding> findings)
    {
        var byLabel = new Dictionary<string, AssertionFinding>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            byLabel[finding.Basis + "/" + finding.Label] = byLabel.TryGetValue(finding.Basis + "/" + finding.Label, out var existing)
                ? existing with { Spans = [.. existing.Spans, .. finding.Spans] }
                : finding;
        }

        return [.. byLabel.Values];
    }
}
