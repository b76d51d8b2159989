using Tocsin.Core.Ingest.Text;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds assessments and accusations clause by clause: an accusing or assessing cue (lexicons), the
/// state asserting it (its subject, the one after "according to"/"selon"/"in the words of", or the speaker
/// of a reporting verb after it: "…, Nigerian police said") and whom it blames (after the cue for "accused
/// X", "believe that X"; before it for "X was behind"). Blaming a state is an accusation whatever the verb;
/// naming a group, an assessment.</summary>
/// <remarks>Confidence from the evidence: the weaker of the asserter's and the target's (a named state 90, a
/// role with its nationality 85, a role read from the report's context 60; a back-reference 75), capped at 85
/// for an explicit cue, and at 60 when hedged ("could be linked", "may have").</remarks>
internal static class AttributionFinder
{
    private const int Full = 85;
    private const int IndirectCap = 75;
    private const int HedgedCap = 60;
    private const int PronounCap = 60;

    /// <summary>How far after "with the support of" or "financed by" the helper may start, in words ("of the
    /// military intelligence of neighbouring Pakistan").</summary>
    private const int HelperReach = 6;

    /// <summary>How far after "believe (that)" the subject of the complement may start, in words.</summary>
    private const int ComplementReach = 8;

    private static readonly HashSet<string> AllyWords = new(StringComparer.Ordinal)
    {
        "ally", "allies", "proxy", "proxies", "partner", "partners", "backer", "backers", "sponsor", "sponsors", "allié", "alliés", "alliée", "parrain", "parrains",
    };

    /// <summary>Nouns whose "of" names the group a person or a unit belongs to ("a cell of", "the ranks of").</summary>
    private static readonly HashSet<string> MembershipNouns = new(StringComparer.Ordinal)
    {
        "cell", "cells", "ranks", "unit", "units", "wing", "network", "faction", "branch", "followers", "supporters", "commando", "squad", "member", "members",
        "cellule", "cellules", "membre", "membres", "rangs", "unite", "unites", "reseau", "branche", "partisans", "katiba", "emir", "emirs",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "il", "elle", "ils", "elles", "we", "nous" };

    public static List<AssertionFinding> Find(AssertionContext context)
    {
        var findings = new List<AssertionFinding>();
        foreach (var clause in context.Text.Clauses)
        {
            var cues = context.Text.CuesIn(clause.SentenceIndex).Where(c => c.Class is CueClass.Accuse or CueClass.Assess && clause.ContainsToken(c.FirstToken)).ToList();
            foreach (var cue in cues)
            {
                if (context.Negated(clause, cue))
                {
                    continue;
                }

                var asserter = Asserter(context, clause, cue);
                if (asserter is null)
                {
                    continue;
                }

                foreach (var target in Targets(context, clause, cue, asserter))
                {
                    // A state blamed is accused whatever the verb; a group named is the asserter's judgement of
                    // who did it, an assessment, whatever the verb ("the minister blamed al-Shabaab").
                    var basis = target.IsGroup ? AssertionBasis.Assessment : AssertionBasis.Accusation;
                    var confidence = Math.Min(cue.Cue.Explicit ? Full : IndirectCap, Math.Min(asserter.Confidence, target.Confidence));
                    if (context.Hedged(clause, cue))
                    {
                        confidence = Math.Min(confidence, HedgedCap);
                    }

                    var spans = new List<TextSpan> { asserter.Span, cue.Span, target.Span };
                    findings.Add(new AssertionFinding(basis, null, asserter.Party, target.Actor, target.Party, spans, context.DateIn(clause.SentenceIndex), confidence));
                }
            }

            findings.AddRange(Helpers(context, clause, cues));
        }

        return findings;
    }

    private static AssertionReferent? Asserter(AssertionContext context, Clause clause, CueMatch cue)
    {
        var text = context.Text;
        var states = context.InSentence(clause.SentenceIndex).Where(r => !r.IsGroup).ToList();

        // "according to X", "selon X", "in the words of X": the speaker of the whole sentence.
        foreach (var report in SentenceCues(text, clause.SentenceIndex, CueClass.Report).Where(c => c.Cue.Side == CueSide.After))
        {
            var named = states.FirstOrDefault(r => r.FirstToken > report.LastToken && r.FirstToken - report.LastToken <= 3);
            if (named is not null)
            {
                return named;
            }
        }

        // "Saudi Arabia was behind it, Iran said": when the one blamed is the cue's subject, a speaker after it
        // is the asserter, not the subject.
        var trailing = TrailingSpeaker(text, clause, cue, states);
        if (cue.Cue.Side == CueSide.Before && trailing is not null)
        {
            return trailing;
        }

        var subject = states.FirstOrDefault(r => clause.ContainsToken(r.FirstToken) && r.LastToken < cue.FirstToken && !context.AfterPreposition(r));
        if (subject is not null)
        {
            return subject;
        }

        if (trailing is not null)
        {
            return trailing;
        }

        // "…, said the interior minister": a reporting verb with its speaker after it.
        foreach (var report in SentenceCues(text, clause.SentenceIndex, CueClass.Report).Where(c => c.FirstToken > cue.LastToken && Inverted(text, c)))
        {
            var speaker = states.FirstOrDefault(r => r.FirstToken > report.LastToken && r.FirstToken - report.LastToken <= 2);
            if (speaker is not null)
            {
                return speaker;
            }
        }

        return PronounSubject(context, clause, cue);
    }

    /// <summary>"…, Nigerian police said": a state right before a reporting verb after the cue.</summary>
    private static AssertionReferent? TrailingSpeaker(AnalysedText text, Clause clause, CueMatch cue, List<AssertionReferent> states)
    {
        foreach (var report in SentenceCues(text, clause.SentenceIndex, CueClass.Report).Where(c => c.Cue.Side == CueSide.Before && c.FirstToken > cue.LastToken))
        {
            var speaker = states.LastOrDefault(r => r.LastToken < report.FirstToken && report.FirstToken - r.LastToken <= 2 && r.FirstToken > cue.LastToken);
            if (speaker is not null)
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>Parties joined to the deed as helpers ("the Haqqani network carried out the attack with the
    /// support of Pakistan's military intelligence", "the minister said the operation was financed by agents of
    /// the ISI"): the first state or group named within a few words after a complicity phrase, and those joined
    /// to it, named or resolved from a nationality (a bare role read from context is too unsure to accuse). The
    /// phrase counts in a clause that attributes the deed, or that reports speech about an attack named before
    /// it ("X said the attack was financed by Y"); "Nigeria asked for the help of France" blames nobody.</summary>
    private static List<AssertionFinding> Helpers(AssertionContext context, Clause clause, List<CueMatch> cues)
    {
        var findings = new List<AssertionFinding>();
        var tokens = context.Text.Tokens;
        var attributes = cues.Any(c => !context.Negated(clause, c));
        foreach (var complicity in context.Cues(clause, CueClass.Complicity))
        {
            var report = context.Cues(clause, CueClass.Report).FirstOrDefault(r => r.LastToken < complicity.FirstToken);
            var from = report?.LastToken ?? clause.FirstToken;
            var attack = Enumerable.Range(from, Math.Max(0, complicity.FirstToken - from)).Any(i => Lexicon.Instance.Objects.Contains(tokens[i].Key));
            if (!((attributes && attack) || (report is not null && attack)) || context.Negated(clause, complicity))
            {
                continue;
            }

            // Reported speech with no cue of its own: the asserter is the reporting verb's subject.
            var asserter = attributes ? Asserter(context, clause, complicity)
                : context.In(clause).FirstOrDefault(r => !r.IsGroup && r.LastToken < report!.FirstToken && !context.AfterPreposition(r));
            if (asserter is null)
            {
                continue;
            }

            var after = context.In(clause).Where(r => r.FirstToken > complicity.LastToken && r.Key != asserter.Key && r.Confidence > PronounCap && !context.PossessorOfAnother(r))
                .OrderBy(r => r.FirstToken).ToList();
            if (after.Count == 0 || after[0].FirstToken - complicity.LastToken > HelperReach)
            {
                continue;
            }

            foreach (var helper in Joined(context, after))
            {
                var basis = helper.IsGroup ? AssertionBasis.Assessment : AssertionBasis.Accusation;
                var confidence = Math.Min(IndirectCap, Math.Min(asserter.Confidence, helper.Confidence));
                if (context.Hedged(clause, complicity))
                {
                    confidence = Math.Min(confidence, HedgedCap);
                }

                var spans = new List<TextSpan> { asserter.Span, complicity.Span, helper.Span };
                findings.Add(new AssertionFinding(basis, null, asserter.Party, helper.Actor, helper.Party, spans, context.DateIn(clause.SentenceIndex), confidence));
            }
        }

        return findings;
    }

    /// <summary>"They suspect him …", "Il accuse …", "…, he said": the state that spoke last in the sentence
    /// before.</summary>
    private static AssertionReferent? PronounSubject(AssertionContext context, Clause clause, CueMatch cue)
    {
        var tokens = context.Text.Tokens;
        var pronoun = Enumerable.Range(clause.FirstToken, Math.Max(0, cue.FirstToken - clause.FirstToken)).FirstOrDefault(i => Pronouns.Contains(tokens[i].Key), -1);
        var leads = pronoun >= 0 && pronoun - clause.FirstToken <= 2;
        var tail = SentenceCues(context.Text, clause.SentenceIndex, CueClass.Report)
            .Any(r => r.FirstToken > cue.LastToken && r.Cue.Side == CueSide.Before && Pronouns.Contains(tokens[r.FirstToken - 1].Key));
        if (!(leads || tail) || clause.SentenceIndex == 0)
        {
            return null;
        }

        var previous = context.InSentence(clause.SentenceIndex - 1).LastOrDefault(r => !r.IsGroup && !context.AfterPreposition(r));
        return previous is null ? null : previous with { Confidence = Math.Min(previous.Confidence, PronounCap) };
    }

    /// <summary>Whom the cue blames: for a cue whose target follows, the nearest group or state after it and
    /// those joined to it by "and"/"et"/","; for one whose target precedes ("X was behind"), the nearest group
    /// or state before it in the clause.</summary>
    private static List<AssertionReferent> Targets(AssertionContext context, Clause clause, CueMatch cue, AssertionReferent asserter)
    {
        var candidates = context.In(clause).Where(r => r.Key != asserter.Key && r.Span != asserter.Span && !context.PossessorOfAnother(r)).ToList();
        if (cue.Cue.Side != CueSide.Before)
        {
            // Who an assessment names is the subject of its complement ("believe that X …"), not a state after
            // a preposition ("to use it against Ukraine", "citizens of Tajikistan"), nor the claimant of a claim
            // that follows ("blames jihadists for the blast claimed by ISWAP": the object ends at that verb).
            var claims = context.Cues(clause, CueClass.Claim).Where(c => c.FirstToken > cue.LastToken).Select(c => c.FirstToken).DefaultIfEmpty(int.MaxValue).Min();
            var after = candidates.Where(r => r.FirstToken > cue.LastToken && r.FirstToken < claims && !Qualifier(context.Text, r))
                .Where(r => cue.Class == CueClass.Accuse || r.FirstToken == cue.LastToken + 1
                    || ((!context.AfterPreposition(r) || MemberOf(context.Text, r)) && r.FirstToken - cue.LastToken <= ComplementReach))
                .OrderBy(r => r.FirstToken).ToList();
            if (after.Count > 0)
            {
                return Joined(context, after);
            }
        }

        if (cue.Cue.Side != CueSide.After)
        {
            // "X was behind", "X carried out", "the United States had financed the cell": the cue's subject, a
            // group or a state named after the asserter (a state is then accused); never a state that is a
            // place ("the attack in Pakistan") or qualifies a name ("the Iran-backed group").
            var subjects = candidates.Where(r => r.LastToken < cue.FirstToken && (r.FirstToken > asserter.LastToken || asserter.FirstToken > cue.LastToken)
                && (r.IsGroup || (!context.AfterPreposition(r) && !Qualifier(context.Text, r)))).ToList();
            var groups = candidates.Where(r => r.IsGroup && r.LastToken < cue.FirstToken).ToList();
            var before = ClaimFinder.Subject(context.Text, subjects, cue)
                ?? ClaimFinder.Subject(context.Text, groups, cue);
            if (before is not null)
            {
                // "the branch of the Islamic State … carried out": perhaps not the group named.
                return [ClaimFinder.NamedAsBranch(context.Text, before) ? before with { Confidence = Math.Min(before.Confidence, 70) } : before];
            }
        }

        return [];
    }

    /// <summary>A reporting verb right after a comma or a closing quote ("…, said the minister"), whose speaker
    /// follows it; "… and warned that Pakistan …" names no speaker.</summary>
    private static bool Inverted(AnalysedText text, CueMatch report)
    {
        var previous = report.FirstToken - 1;
        if (previous < 0)
        {
            return false;
        }

        var gap = text.Text[text.Tokens[previous].End..report.Span.Start];
        return gap.Contains(',', StringComparison.Ordinal) || gap.Contains('"', StringComparison.Ordinal) || gap.Contains('”', StringComparison.Ordinal) || gap.Contains('»', StringComparison.Ordinal);
    }

    /// <summary>"a cell of the organisation", "in the ranks of ISIS-K", "une cellule de l'EI": a group after "of"/"de"
    /// that a noun of membership governs is the one the complement names, not a place.</summary>
    private static bool MemberOf(AnalysedText text, AssertionReferent referent)
    {
        var tokens = text.Tokens;
        var i = referent.FirstToken - 1;
        while (i >= 0 && tokens[i].IsArticle)
        {
            i--;
        }

        if (!referent.IsGroup || i < 1 || tokens[i].Key is not ("of" or "de" or "du" or "des"))
        {
            return false;
        }

        return MembershipNouns.Contains(tokens[i - 1].Key);
    }

    /// <summary>"the Pakistan-based group", "Iranian-backed": a state that qualifies the name that follows.</summary>
    private static bool Qualifier(AnalysedText text, AssertionReferent referent)
    {
        var next = referent.LastToken + 1;
        return !referent.IsGroup && next < text.Tokens.Count && text.Tokens[next].AfterHyphen
            && text.Tokens[next].Key is "based" or "backed" or "born" or "sponsored" or "supported" or "linked";
    }

    private static List<AssertionReferent> Joined(AssertionContext context, List<AssertionReferent> after)
    {
        var targets = new List<AssertionReferent> { after[0] };
        for (var i = 1; i < after.Count; i++)
        {
            var previous = targets[^1];
            if (after[i].Span.Start < previous.Span.End)
            {
                // A mention inside or overlapping the one before it ("the Pakistan-based group"): nothing joins them.
                continue;
            }

            var between = context.Text.Text[previous.Span.End..after[i].Span.Start].Trim().ToLowerInvariant();
            if (between is not ("," or "and" or "et" or ", and" or "and the" or "et le" or "et la" or "et les" or ", and the" or "or" or "ou") && !Ally(between))
            {
                break;
            }

            targets.Add(after[i]);
        }

        return targets;
    }

    /// <summary>"and its Lebanese ally", "et son allié", "and their proxies": a second party joined to the first.</summary>
    private static bool Ally(string between)
    {
        var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 3 and <= 5 && words[0] is "and" or "et" && words[1] is "its" or "their" or "son" or "sa" or "ses" or "leur" or "leurs"
            && AllyWords.Contains(words[^1]);
    }

    private static IEnumerable<CueMatch> SentenceCues(AnalysedText text, int sentence, CueClass cls) =>
        text.CuesIn(sentence).Where(c => c.Class == cls);
}
