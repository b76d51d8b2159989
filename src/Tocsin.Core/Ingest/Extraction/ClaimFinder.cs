using Tocsin.Core.Stix.Extensions;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds claims of responsibility clause by clause. The claimant is where the claim cue's structure
/// puts it (claim-verbs lexicons): its subject ("X claimed responsibility"), the agent of a passive ("was
/// claimed by X") or the source of a statement ("a statement attributed to X"). A negated cue ("no group has
/// claimed", "n'a pas été revendiqué") or a withdrawn claim ("withdrew its claim") yields nothing.</summary>
/// <remarks>Confidence from the evidence: an explicit cue and a group named in its place 90; an indirect
/// wording ("said it was behind") 75; a group reached by a back-reference, a new group, or one taken from the
/// wrong side of the cue 70; a hedged claim ("purportedly") 60; a group from the previous sentence or the
/// outlet alone (Amaq) 55–60.</remarks>
internal static class ClaimFinder
{
    /// <summary>How far after a reporting verb the pronoun of its complement may stand, in words ("said in a
    /// statement on Friday that it …").</summary>
    private const int ComplementReach = 10;

    /// <summary>A claim in indirect words: a group that says the deed is its own, or its outlet that does.</summary>
    private const int IndirectConfidence = 75;

    /// <summary>How far before a reporting verb its subject may end when an apposition stands between them.</summary>
    private const int ApposedSubjectReach = 20;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "had", "has", "have", "was", "were", "would", "a", "avait", "aurait", "ont", "avaient", "to", "avoir" };

    /// <summary>Auxiliaries that show a clause of its own between a reporting verb and its "that".</summary>
    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.Ordinal) { "had", "has", "have", "was", "were", "is", "are", "would", "will", "avait", "avaient", "ont", "est", "etait", "sont" };

    /// <summary>Verbs by which an outlet makes a deed public.</summary>
    private static readonly HashSet<string> PublishVerbs = new(StringComparer.Ordinal)
    {
        "published", "publishes", "released", "releases", "posted", "posts", "issued", "issues", "broadcast", "broadcasts", "aired", "circulated",
        "publie", "diffuse", "diffuses", "diffusee", "diffusees", "diffusait", "publiait",
    };

    private static readonly HashSet<string> BranchWords = new(StringComparer.Ordinal) { "branch", "affiliate", "wing", "offshoot", "branche", "filiale", "affiliated" };

    public static List<AssertionFinding> Find(AssertionContext context)
    {
        var text = context.Text;
        var findings = new List<AssertionFinding>();
        var withdrawn = Withdrawn(context);
        foreach (var clause in text.Clauses)
        {
            foreach (var cue in context.Cues(clause, CueClass.Claim))
            {
                if (context.Negated(clause, cue))
                {
                    continue;
                }

                var (claimant, confidence) = Claimant(context, clause, cue);
                if (claimant?.Actor is not { } actor || withdrawn.Contains(claimant.Key))
                {
                    continue;
                }

                if (context.Hedged(clause, cue))
                {
                    confidence = Math.Min(confidence, 60);
                }

                if (NamedAsBranch(text, claimant))
                {
                    // "the Afghan branch of the Islamic State claimed": the group named is perhaps not the claimant.
                    confidence = Math.Min(confidence, 70);
                }

                var spans = new List<TextSpan> { cue.Span, claimant.Span };
                findings.Add(new AssertionFinding(AssertionBasis.Claim, actor, null, actor, null, spans, context.DateIn(clause.SentenceIndex), confidence));
            }
        }

        findings.AddRange(SpokenClaims(context, withdrawn));
        findings.AddRange(PublishedClaims(context, withdrawn));
        return findings;
    }

    /// <summary>A group's outlet that publishes the deed ("Amaq, the news agency of Islamic State, published a
    /// video of the men who carried out the attack", "l'agence Amaq a diffusé la vidéo de l'attaque"): the group
    /// named in apposition to the outlet claims it (75), else the Islamic State, whose outlets the lexicons list,
    /// when the report names it (60).</summary>
    private static List<AssertionFinding> PublishedClaims(AssertionContext context, HashSet<string> withdrawn)
    {
        var text = context.Text;
        var tokens = text.Tokens;
        var findings = new List<AssertionFinding>();
        foreach (var outlet in text.Cues.Where(c => c.Class == CueClass.Outlet))
        {
            var clause = text.ClauseAt(outlet.FirstToken);
            var last = Math.Min(tokens.Count - 1, clause.LastToken);
            var verb = Enumerable.Range(outlet.LastToken + 1, Math.Max(0, Math.Min(last, outlet.LastToken + ApposedSubjectReach) - outlet.LastToken))
                .FirstOrDefault(i => PublishVerbs.Contains(tokens[i].Key), -1);
            if (verb < 0 || context.Negated(clause, outlet)
                || !Enumerable.Range(verb + 1, Math.Max(0, last - verb)).Any(i => Deed(tokens, i) || Lexicon.Instance.Objects.Contains(tokens[i].Key)))
            {
                continue;
            }

            var named = context.In(clause).FirstOrDefault(r => r.IsGroup && r.FirstToken > outlet.LastToken && r.LastToken < verb);
            var (group, confidence) = named is not null ? (named, IndirectConfidence)
                : (context.Referents.FirstOrDefault(r => r.Actor?.Organisation?.Key == "islamic-state"), 60);
            if (group?.Actor is not { } actor || withdrawn.Contains(group.Key))
            {
                continue;
            }

            var spans = new List<TextSpan> { outlet.Span, group.Span };
            findings.Add(new AssertionFinding(AssertionBasis.Claim, actor, null, actor, null, spans, context.DateIn(clause.SentenceIndex), Math.Min(confidence, group.Confidence)));
        }

        return findings;
    }

    /// <summary>A group that speaks (its statement, its outlet) and says the deed is its own: "Islamic State
    /// said … its fighters carried out the attack … via Amaq", "the faction's spokesman said the faction carried
    /// out Monday's attack". Indirect, so 75.</summary>
    private static List<AssertionFinding> SpokenClaims(AssertionContext context, HashSet<string> withdrawn)
    {
        var text = context.Text;
        var findings = new List<AssertionFinding>();
        foreach (var report in text.Cues.Where(c => c.Class == CueClass.Report && c.Cue.Side == CueSide.Before))
        {
            var clause = text.ClauseAt(report.FirstToken);
            var sentence = clause.SentenceIndex;
            var speaker = Speaker(context, clause, report);
            if (speaker is null && OutletSpeaks(context, clause, report) is { } voiced && !withdrawn.Contains(voiced.Key) && !context.Negated(clause, report))
            {
                var spans = new List<TextSpan> { report.Span, voiced.Span };
                findings.Add(new AssertionFinding(AssertionBasis.Claim, voiced.Actor, null, voiced.Actor, null, spans, context.DateIn(sentence), Math.Min(IndirectConfidence, voiced.Confidence)));
                continue;
            }

            if (speaker is null || withdrawn.Contains(speaker.Key) || context.Negated(clause, report))
            {
                continue;
            }

            var owned = text.CuesIn(sentence).Any(c => c.FirstToken > report.LastToken
                && (c.Class == CueClass.SelfReport || (c.Class == CueClass.Assess && c.Cue.NeedsObject)))
                || SaysOwnDeed(context, clause, report);
            var outlet = text.CuesIn(sentence).Any(c => c.Class == CueClass.Outlet);
            if (owned || (outlet && speaker.Actor?.Organisation?.Key == "islamic-state"))
            {
                var spans = new List<TextSpan> { report.Span, speaker.Span };
                findings.Add(new AssertionFinding(AssertionBasis.Claim, speaker.Actor, null, speaker.Actor, null, spans, context.DateIn(sentence), Math.Min(75, speaker.Confidence)));
            }
        }

        return findings;
    }

    /// <summary>A group's outlet that speaks ("Amaq news agency said a soldier of the Islamic State had detonated
    /// …", "Islamic State's Amaq agency said the attack was carried out by an Islamic State fighter"): the group
    /// named in what it says claims the deed, when it tells one (a verb of the deed or an attack noun).</summary>
    private static AssertionReferent? OutletSpeaks(AssertionContext context, Clause clause, CueMatch report)
    {
        var text = context.Text;
        var outlet = context.Cues(clause, CueClass.Outlet).LastOrDefault(o => o.LastToken < report.FirstToken && report.FirstToken - o.LastToken <= 3);
        if (outlet is null)
        {
            return null;
        }

        var tokens = text.Tokens;
        var deed = Enumerable.Range(report.LastToken + 1, Math.Max(0, clause.LastToken - report.LastToken - 1))
            .Any(i => Deed(tokens, i) || Lexicon.Instance.Objects.Contains(tokens[i].Key));
        return deed ? context.In(clause).FirstOrDefault(r => r.IsGroup && r.FirstToken > report.LastToken) : null;
    }

    /// <summary>The group that speaks: the subject before the reporting verb, past an apposition that describes
    /// it ("ISWAP, the faction that split from Boko Haram in 2016, said"), and never the possessor of another
    /// party ("Al-Qaeda's Yemen wing said").</summary>
    private static AssertionReferent? Speaker(AssertionContext context, Clause clause, CueMatch report)
    {
        var groups = context.In(clause).Where(r => r.IsGroup && r.LastToken < report.FirstToken && !context.PossessorOfAnother(r)).ToList();
        var nearest = groups.LastOrDefault();
        if (nearest is null)
        {
            return null;
        }

        if (report.FirstToken - nearest.LastToken <= 4)
        {
            var subject = Subject(context.Text, groups, report);
            return subject is not null && report.FirstToken - subject.LastToken <= ApposedSubjectReach ? subject : null;
        }

        // "JNIM, al-Qaeda's Sahel branch, claimed …": an apposition set off by commas, naming no other speaker,
        // stands between the subject and its verb.
        return report.FirstToken - nearest.LastToken <= ApposedSubjectReach && Apposition(context.Text, nearest, report) ? nearest : null;
    }

    /// <summary>Only a phrase between two commas (or dashes) stands between the mention and the cue.</summary>
    private static bool Apposition(AnalysedText text, AssertionReferent mention, CueMatch cue)
    {
        var between = text.Text[mention.Span.End..cue.Span.Start].Trim();
        return between.Length > 2 && between[0] is ',' or '—' or '–' && between[^1] is ',' or '—' or '–'
            && between.AsSpan(1, between.Length - 2).IndexOfAny(".;:!?") < 0;
    }

    /// <summary>The speaker says the deed is its own: a pronoun that opens the complement ("said in a statement
    /// that it had planted the explosives", "a affirmé qu'il avait tué") or an infinitive ("claimed to have killed
    /// 40 soldiers", "affirme avoir posé la bombe") before a verb of the deed (claim-verbs lexicons, "deeds").
    /// Another party named first would be the pronoun's referent, so the search stops there.</summary>
    private static bool SaysOwnDeed(AssertionContext context, Clause clause, CueMatch report)
    {
        var tokens = context.Text.Tokens;
        if (report.LastToken + 1 >= tokens.Count)
        {
            return false;
        }

        if (tokens[report.LastToken].Key is "to" or "have" or "avoir" || tokens[report.LastToken + 1].Key is "to" or "avoir")
        {
            return Deed(tokens, SkipAuxiliaries(tokens, report.LastToken + 1));
        }

        var starts = context.In(clause).Select(r => r.FirstToken).ToHashSet();
        var end = Math.Min(clause.LastToken, report.LastToken + 1 + ComplementReach);
        for (var i = report.LastToken + 1; i < end; i++)
        {
            if (starts.Contains(i))
            {
                return false;
            }

            // "claimed on its Telegram channel to have ambushed a convoy": the infinitive after an adjunct.
            if (tokens[i].Key is "to" or "avoir" && Deed(tokens, SkipAuxiliaries(tokens, i)))
            {
                return true;
            }

            if (tokens[i].Key is "it" or "they" or "il" or "ils" or "elle" or "elles")
            {
                // The pronoun must open the complement: right after the verb, or after "that"/"qu'" with no
                // clause of its own before ("said the army had lied and that it …" speaks of the army).
                var opens = i == report.LastToken + 1
                    || (tokens[i - 1].Key is "that" or "qu" or "que" && !Enumerable.Range(report.LastToken + 1, i - report.LastToken - 1).Any(k => FiniteVerbs.Contains(tokens[k].Key)));
                return opens && Deed(tokens, SkipAuxiliaries(tokens, i + 1));
            }
        }

        return false;
    }

    private static int SkipAuxiliaries(List<Token> tokens, int index)
    {
        var i = index;
        while (i < tokens.Count && i < index + 2 && Auxiliaries.Contains(tokens[i].Key))
        {
            i++;
        }

        return i;
    }

    private static bool Deed(List<Token> tokens, int index) =>
        Lexicon.Instance.Deeds.Any(deed => index + deed.Length <= tokens.Count && deed.Select((key, k) => tokens[index + k].Key == key).All(same => same));

    private static (AssertionReferent? Claimant, int Confidence) Claimant(AssertionContext context, Clause clause, CueMatch cue)
    {
        var groups = context.In(clause).Where(r => r.IsGroup && !context.PossessorOfAnother(r)).ToList();
        var before = Subject(context.Text, groups.Where(r => r.LastToken < cue.FirstToken).ToList(), cue);
        var after = groups.FirstOrDefault(r => r.FirstToken > cue.LastToken);
        var full = cue.Cue.Explicit ? 90 : 75;
        var (chosen, confidence) = cue.Cue.Side switch
        {
            CueSide.Before => before is not null ? (before, full) : (after, 70),
            CueSide.After => after is not null ? (after, full) : (before, 70),
            _ => Nearest(cue, before, after, full),
        };
        if (chosen is not null)
        {
            return (chosen, Math.Min(confidence, chosen.Confidence));
        }

        // "... via Amaq": the Islamic State's own outlet, when the report names the group.
        var sentence = clause.SentenceIndex;
        if (context.Text.CuesIn(sentence).Any(c => c.Class == CueClass.Outlet))
        {
            var state = context.Referents.FirstOrDefault(r => r.Actor?.Organisation?.Key == "islamic-state");
            if (state is not null)
            {
                return (state, 60);
            }
        }

        // "The group claimed ...": the group named last in the previous sentence.
        var previous = context.InSentence(sentence - 1).LastOrDefault(r => r.IsGroup);
        return (previous, 55);
    }

    /// <summary>The subject before the cue: the nearest group, unless it sits in an apposition that
    /// describes an earlier one ("Al-Shabaab, the al-Qaeda affiliate that …, claimed"; "le JNIM, lié à
    /// Al-Qaïda, a revendiqué").</summary>
    public static AssertionReferent? Subject(AnalysedText text, List<AssertionReferent> before, CueMatch cue)
    {
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var candidate = before[i];
            var closes = text.Text[candidate.Span.End..cue.Span.Start].Contains(',', StringComparison.Ordinal);
            // The apposition opens after an earlier, other group, perhaps with a back-reference to it between
            // ("ISWAP, the jihadist faction that split from Boko Haram, said").
            var opens = before.Take(i).Any(earlier => earlier.Key != candidate.Key
                && text.Text[earlier.Span.End..candidate.Span.Start].Contains(',', StringComparison.Ordinal));
            if (!(closes && opens))
            {
                return candidate;
            }
        }

        return null;
    }

    private static (AssertionReferent?, int) Nearest(CueMatch cue, AssertionReferent? before, AssertionReferent? after, int full)
    {
        if (before is null || after is null)
        {
            return (before ?? after, full);
        }

        return cue.FirstToken - before.LastToken <= after.FirstToken - cue.LastToken ? (before, full) : (after, full);
    }

    /// <summary>Groups whose claim is withdrawn ("withdrew its claim", "a retiré sa revendication"): the
    /// group named last before the withdrawal in its sentence, or in the sentence before.</summary>
    private static HashSet<string> Withdrawn(AssertionContext context)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var withdrawal in context.Text.Cues.Where(c => c.Class == CueClass.Withdrawal))
        {
            var sentence = context.Text.SentenceIndexAt(withdrawal.Span.Start);
            var group = context.InSentence(sentence).LastOrDefault(r => r.IsGroup && r.LastToken < withdrawal.FirstToken)
                ?? context.InSentence(sentence - 1).LastOrDefault(r => r.IsGroup);
            if (group is not null)
            {
                keys.Add(group.Key);
            }
        }

        return keys;
    }

    public static bool NamedAsBranch(AnalysedText text, AssertionReferent claimant)
    {
        for (var i = Math.Max(0, claimant.FirstToken - 3); i < claimant.FirstToken; i++)
        {
            if (BranchWords.Contains(text.Tokens[i].Key))
            {
                return true;
            }
        }

        return false;
    }
}
