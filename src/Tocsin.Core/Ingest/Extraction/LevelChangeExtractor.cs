using System.Globalization;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds threat-level changes for the six schemes of <see cref="AlertSchemes"/> (docs/ingest.md,
/// "Threat levels"). A sentence needs a scheme — named ("Vigipirate", "NCTV"), described with the country
/// in context ("the national security plan" in a report about France, "the terrorism threat level" near
/// "Dutch"), or carried from the previous sentence — a raise, lower or set verb not preceded by a negation
/// ("remains", "n'a pas"), and after it the new level: a level word ("to severe", "au niveau « urgence
/// attentat »"), a number ("level 4", "4 out of 5", "de 2 à 3") or the top or bottom of the scale ("to its
/// maximum level"). "from X to Y"/"de X à Y" gives the level before.</summary>
/// <remarks>Matching is on word keys from data files, so there is no regular expression to time out. The
/// date is the one named in the sentence, else "a day after" the publication day, else a day named in the
/// previous sentence, else the publication day. One change per scheme, territory and level: a report
/// repeating a change keeps its best-dated mention.</remarks>
internal static class LevelChangeExtractor
{
    private const int NamedConfidence = 80;
    private const int DescribedConfidence = 70;
    private const int ContextConfidence = 65;
    private const int CarriedConfidence = 60;
    private const int MaxWordsSubjectToVerb = 6;
    private const int MaxWordsCloseLevel = 3;
    private const int MaxWordsWantedToVerb = 7;
    private const int MaxWordsEndedToVerb = 8;
    private const int MaxSentencesToHeldLevel = 6;

    private enum Direction
    {
        Raise,
        Lower,
        Set,
    }

    private enum DateEvidence
    {
        InSentence = 0,
        DayBefore = 1,
        PreviousSentence = 2,
        Publication = 3,
    }

    public static List<LevelChangeFinding> Find(AnalysedText text, List<DateMention> dates, DateOnly published)
    {
        var findings = new List<(LevelChangeFinding Finding, DateEvidence Evidence)>();
        var held = new List<(int Sentence, string Scheme, string Territory, string Level)>();
        var sentenceOf = new Dictionary<LevelChangeFinding, int>(ReferenceEqualityComparer.Instance);
        var unstated = new List<(LevelChangeFinding Finding, AlertScheme Scheme, Direction Direction)>();
        var documentContext = DocumentContext(text);
        var datesBySentence = dates.ToLookup(d => text.SentenceIndexAt(d.Span.Start));
        (AlertScheme Scheme, string Territory)? carried = null;
        for (var index = 0; index < text.Sentences.Count; index++)
        {
            var sentence = text.Sentences[index];
            var identified = Identify(text, sentence, documentContext);
            if (identified is null && carried is null)
            {
                continue;
            }

            var (scheme, territory, confidence, cue) = identified
                ?? (carried!.Value.Scheme, CarriedTerritory(text, sentence, carried.Value.Scheme, carried.Value.Territory), CarriedConfidence, (TextSpan?)null);
            carried = (scheme, territory);
            var changes = Changes(text, sentence, scheme, allowSet: identified is not null);
            if (!changes.Any(c => c.To is not null) && HeldLevel(text, sentence, scheme) is { } level)
            {
                held.Add((index, scheme.Id, territory, level));
            }

            foreach (var change in changes)
            {
                var (date, evidence, dateSpan) = DateOf(text, index, change.ClauseStart, change.ClauseEnd, datesBySentence, published);
                var spans = new List<TextSpan>();
                if (cue is { } c)
                {
                    spans.Add(c);
                }

                spans.Add(change.Verb);
                spans.Add(change.ToSpan);
                if (dateSpan is { } d)
                {
                    spans.Add(d);
                }

                var finding = new LevelChangeFinding(scheme.Id, territory, change.From, change.To ?? string.Empty, date, spans, confidence);
                if (change.To is not null)
                {
                    findings.Add((finding, evidence));
                    sentenceOf[finding] = index;
                }
                else if (evidence == DateEvidence.InSentence)
                {
                    unstated.Add((finding, scheme, change.Direction));
                }
            }
        }

        findings = [.. findings.Select(f => (WithHeldLevel(f.Finding, sentenceOf[f.Finding], held), f.Evidence))];
        var distinct = findings
            .GroupBy(f => (f.Finding.Scheme, f.Finding.Territory, f.Finding.To))
            .Select(Best)
            .ToList();
        distinct.AddRange(LevelsFromLaterChanges(unstated, distinct));
        return LevelChain.FillPrevious(distinct);
    }

    /// <summary>"Le pays se trouvait depuis l'automne au niveau intermédiaire, « sécurité renforcée »", "Until now the
    /// level was at 4": a sentence with no change that says which level was held until now. The level, or null.</summary>
    private static string? HeldLevel(AnalysedText text, Sentence sentence, AlertScheme scheme)
    {
        var tokens = text.Tokens;
        var at = AlertSchemes.HeldBefore.Find(tokens, sentence.FirstToken, sentence.LastToken);
        if (at < 0)
        {
            return null;
        }

        var mentions = LevelMentions.After(text, scheme, sentence.FirstToken, sentence.LastToken, lowering: false);
        // "se trouvait depuis l'automne au niveau …": "depuis" says how long, the level is still the one held.
        return mentions.Count > 0 ? mentions[0].Level : null;
    }

    /// <summary>A change that does not say the level before takes the level a sentence next to it says was held
    /// until now, when that level differs from the new one.</summary>
    private static LevelChangeFinding WithHeldLevel(LevelChangeFinding finding, int sentence, List<(int Sentence, string Scheme, string Territory, string Level)> held)
    {
        if (finding.From is not null)
        {
            return finding;
        }

        var before = held
            .Where(h => h.Scheme == finding.Scheme && h.Territory == finding.Territory && h.Level != finding.To
                && Math.Abs(h.Sentence - sentence) <= MaxSentencesToHeldLevel)
            .OrderBy(h => Math.Abs(h.Sentence - sentence))
            .Select(h => h.Level)
            .FirstOrDefault();
        return before is null ? finding : finding with { From = before };
    }

    /// <summary>A dated change that names no level ("La posture avait été relevée le 13 octobre") took the level
    /// that a later change of the same scheme and territory leaves in the other direction: raised then, to the
    /// level lowered from now ("abaissé … du niveau « urgence attentat »"). Confidence 60.</summary>
    private static IEnumerable<LevelChangeFinding> LevelsFromLaterChanges(
        List<(LevelChangeFinding Finding, AlertScheme Scheme, Direction Direction)> unstated, List<LevelChangeFinding> stated)
    {
        foreach (var (finding, scheme, direction) in unstated)
        {
            var later = stated
                .Where(c => c.Scheme == finding.Scheme && c.Territory == finding.Territory && c.From is not null
                    && LevelChain.Earlier(finding.Date, c.Date) && Reverses(scheme, direction, c))
                .OrderBy(c => c.Date, StringComparer.Ordinal)
                .FirstOrDefault();
            if (later is not null && !stated.Any(c => c.Scheme == finding.Scheme && c.Territory == finding.Territory && c.To == later.From))
            {
                yield return finding with { To = later.From!, Confidence = Math.Min(finding.Confidence, CarriedConfidence) };
            }
        }
    }

    private static bool Reverses(AlertScheme scheme, Direction direction, LevelChangeFinding later)
    {
        var from = Rank(scheme, later.From!);
        var to = Rank(scheme, later.To);
        return direction switch
        {
            Direction.Raise => from > to,
            Direction.Lower => from < to,
            Direction.Set => false,
        };
    }

    private static int Rank(AlertScheme scheme, string level)
    {
        for (var i = 0; i < scheme.Levels.Count; i++)
        {
            if (scheme.Levels[i].Level == level)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The best-dated mention of a change; the level before, when only another mention of the same
    /// change gives it (a headline "raised to 4" and the story's "from 3 to 4").</summary>
    private static LevelChangeFinding Best(IEnumerable<(LevelChangeFinding Finding, DateEvidence Evidence)> mentions)
    {
        var ordered = mentions.OrderBy(f => f.Evidence).ThenByDescending(f => f.Finding.Confidence).Select(f => f.Finding).ToList();
        var best = ordered[0];
        return best.From is null && ordered.FirstOrDefault(f => f.From is not null) is { } withFrom ? best with { From = withFrom.From } : best;
    }

    /// <summary>The scheme a sentence speaks of: a name, else a description (the scheme's own or a generic
    /// "threat level") resolved by the country words of the sentence, then of the whole report.</summary>
    private static (AlertScheme Scheme, string Territory, int Confidence, TextSpan? Cue)? Identify(AnalysedText text, Sentence sentence, Dictionary<AlertScheme, int> documentContext)
    {
        var tokens = text.Tokens;
        var (start, end) = (sentence.FirstToken, sentence.LastToken);
        foreach (var scheme in AlertSchemes.All)
        {
            var at = scheme.Names.Find(tokens, start, end);
            if (at >= 0)
            {
                return (scheme, Territory(text, sentence, scheme), NamedConfidence, Span(tokens, at, scheme.Names.MatchAt(tokens, at, end)));
            }
        }

        var described = AlertSchemes.Generic.Find(tokens, start, end);
        var describedBy = described >= 0 ? AlertSchemes.Generic : null;
        var candidates = AlertSchemes.All.Where(s => s.Descriptions.Find(tokens, start, end) >= 0 || described >= 0).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var inSentence = candidates.Select(s => (Scheme: s, Score: Count(s.Context, tokens, start, end))).OrderByDescending(s => s.Score).ToList();
        AlertScheme? chosen = null;
        var confidence = DescribedConfidence;
        if (inSentence[0].Score > 0 && (inSentence.Count == 1 || inSentence[1].Score < inSentence[0].Score))
        {
            chosen = inSentence[0].Scheme;
        }
        else
        {
            var inReport = candidates.Select(s => (Scheme: s, Score: documentContext[s])).OrderByDescending(s => s.Score).ToList();
            if (inReport[0].Score > 0 && (inReport.Count == 1 || inReport[1].Score * 2 <= inReport[0].Score))
            {
                chosen = inReport[0].Scheme;
                confidence = ContextConfidence;
            }
        }

        if (chosen is null)
        {
            return null;
        }

        var cueAt = chosen.Descriptions.Find(tokens, start, end);
        var phrases = cueAt >= 0 ? chosen.Descriptions : describedBy!;
        cueAt = cueAt >= 0 ? cueAt : described;
        return (chosen, Territory(text, sentence, chosen), confidence, Span(tokens, cueAt, phrases.MatchAt(tokens, cueAt, end)));
    }

    /// <summary>A sentence that follows the one naming the scheme keeps its territory unless it names a region of
    /// its own ("la capitale avait été placée au niveau maximal").</summary>
    private static string CarriedTerritory(AnalysedText text, Sentence sentence, AlertScheme scheme, string carried)
    {
        var own = Territory(text, sentence, scheme);
        return own == scheme.Territory ? carried : own;
    }

    private static string Territory(AnalysedText text, Sentence sentence, AlertScheme scheme)
    {
        foreach (var (territory, words) in scheme.Regions)
        {
            for (var i = sentence.FirstToken; i < sentence.LastToken; i++)
            {
                // "BRUXELLES, 10 mars —": a dateline says where the report was filed, not which region's level changed.
                var length = words.MatchAt(text.Tokens, i, sentence.LastToken);
                if (length > 0 && !text.InDateline(Span(text.Tokens, i, length)))
                {
                    return territory;
                }
            }
        }

        return scheme.Territory;
    }

    private static Dictionary<AlertScheme, int> DocumentContext(AnalysedText text) =>
        AlertSchemes.All.ToDictionary(s => s, s => Count(s.Context, text.Tokens, 0, text.Tokens.Count));

    private static int Count(KeyPhrases phrases, List<Token> tokens, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var length = phrases.MatchAt(tokens, i, end);
            if (length > 0)
            {
                count++;
                i += length - 1;
            }
        }

        return count;
    }

    /// <summary>A change found: its verb, the levels (the new one null when the words give none), and its clause:
    /// from the end of the change before it in the sentence to the next change verb, whose dates belong to
    /// another change ("raised …, which was downgraded in January").</summary>
    private sealed record LevelChange(TextSpan Verb, Direction Direction, string? From, string? To, TextSpan ToSpan, int ClauseStart, int ClauseEnd);

    /// <summary>The changes of a sentence, in order: each change verb and the levels after it ("the return … from
    /// "expected" to "probable", six weeks after it was lifted in October to the second highest step" is two).</summary>
    private static List<LevelChange> Changes(AnalysedText text, Sentence sentence, AlertScheme scheme, bool allowSet)
    {
        var tokens = text.Tokens;
        var (start, end) = (sentence.FirstToken, sentence.LastToken);
        var changes = new List<LevelChange>();
        var clauseStart = sentence.Start;
        for (var verb = start; verb < end; verb++)
        {
            if (InScalePosition(tokens, verb, end))
            {
                // "le plus élevé", "très élevée": a position on the scale, not the verb "élevé".
                continue;
            }

            var subject = LevelSubject(tokens, verb, start);
            // A second change in a sentence needs a verb that says which way ("…de 3 à 4, et l'a fixé à 3 pour le
            // reste du pays" sets nothing new).
            var setAllowed = (allowSet || subject >= 0) && changes.Count == 0;
            var (direction, length) = VerbAt(tokens, verb, end, setAllowed);
            var closeLevelOnly = false;
            if (length == 0 && changes.Count == 0 && AlertSchemes.Set.MatchAt(tokens, verb, end) is var set and > 0)
            {
                // A sentence that only follows the one naming the scheme: "la capitale avait été placée au niveau
                // maximal, 4" sets a level when the level follows the verb at once.
                (direction, length, closeLevelOnly) = (Direction.Set, set, true);
            }

            if (length == 0 && AlertSchemes.End.MatchAt(tokens, verb, end) is var ending and > 0)
            {
                if (!Negated(tokens, verb, start) && !Wanted(tokens, verb, start) && Ended(text, scheme, verb, ending, start, end) is { } ended)
                {
                    changes.Add(ended with { ClauseStart = clauseStart });
                    clauseStart = ended.ClauseEnd;
                }

                continue;
            }

            if (length == 0)
            {
                continue;
            }

            if (Negated(tokens, verb, start))
            {
                break;
            }

            if (Wanted(tokens, verb, start))
            {
                // "asked for the posture to be lowered back", "pourrait être relevé": not a change made.
                continue;
            }

            var lowering = direction == Direction.Lower;
            // "replaced its bulletin with an elevated alert": the verb itself introduces the level before.
            var replaces = AlertSchemes.Replace.MatchAt(tokens, verb, end) > 0;
            var mentions = LevelMentions.After(text, scheme, replaces ? verb : verb + length, end, lowering);
            if (closeLevelOnly && (mentions.Count == 0 || mentions[0].First > verb + length + MaxWordsCloseLevel))
            {
                continue;
            }
            if (mentions.Count == 0 && subject >= 0)
            {
                // "Le niveau le plus élevé avait été décrété le 13 octobre": the level is the verb's subject.
                mentions = LevelMentions.After(text, scheme, subject, verb, lowering);
            }

            var verbSpan = Span(tokens, verb, length);
            if (mentions.Count == 0)
            {
                var next = NextVerb(tokens, verb + length, end);
                changes.Add(new LevelChange(verbSpan, direction, null, null, verbSpan, clauseStart, next >= 0 ? tokens[next].Start : text.Text.Length));
                continue;
            }

            var change = FromMentions(tokens, verbSpan, direction, mentions, clauseStart, NextVerb(tokens, mentions[^1].Last + 1, end) is var n and >= 0 ? tokens[n].Start : text.Text.Length);
            if (change is not null)
            {
                changes.Add(change);
                // The next change's clause starts where this one's ends, at the next change verb: "lowered from 4
                // to 3 on Tuesday, the first reduction since it was raised to 4 in March 2013" dates the first
                // change Tuesday and the second March 2013.
                clauseStart = change.ClauseEnd;
            }

            verb = Math.Max(verb, mentions[^1].Last);
        }

        // A sentence with a change that names its level has no level-less change besides it.
        return changes.Any(c => c.To is not null) ? changes.Where(c => c.To is not null).ToList() : changes;
    }

    private static bool InScalePosition(List<Token> tokens, int verb, int end)
    {
        for (var k = Math.Max(0, verb - 2); k <= verb; k++)
        {
            if (AlertSchemes.Highest.MatchAt(tokens, k, end) > verb - k || AlertSchemes.Lowest.MatchAt(tokens, k, end) > verb - k)
            {
                return true;
            }
        }

        return verb > 0 && AlertSchemes.Intensifiers.MatchAt(tokens, verb - 1, end) == 1;
    }

    /// <summary>"allowed its imminent alert for New York state to expire", "withdrew the elevated alert": the level
    /// ended is the level before, named before the verb or just after it; the level after is the next one named,
    /// else the bottom of the scale (NTAS's bulletin).</summary>
    private static LevelChange? Ended(AnalysedText text, AlertScheme scheme, int verb, int length, int start, int end)
    {
        var tokens = text.Tokens;
        var before = LevelMentions.After(text, scheme, Math.Max(start, verb - MaxWordsEndedToVerb), verb, lowering: false);
        var after = LevelMentions.After(text, scheme, verb + length, end, lowering: false);
        var ended = before.Count > 0 ? before[^1] : after.Count > 0 ? after[0] : null;
        if (ended is null || ended.Level == scheme.Lowest)
        {
            return null;
        }

        var next = after.FirstOrDefault(m => m.First > ended.Last && m.Level != ended.Level);
        var verbSpan = Span(tokens, verb, length);
        var toSpan = next is null ? verbSpan : Span(tokens, next.First, next.Last - next.First + 1);
        var clauseEnd = NextVerb(tokens, Math.Max(verb + length, (next ?? ended).Last + 1), end) is var n and >= 0 ? tokens[n].Start : text.Text.Length;
        return new LevelChange(verbSpan, Direction.Lower, ended.Level, next?.Level ?? scheme.Lowest, toSpan, 0, clauseEnd);
    }

    private static bool Wanted(List<Token> tokens, int verb, int start)
    {
        for (var k = Math.Max(start, verb - MaxWordsWantedToVerb); k < verb; k++)
        {
            if (AlertSchemes.Irrealis.MatchAt(tokens, k, verb) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static (Direction Direction, int Length) VerbAt(List<Token> tokens, int verb, int end, bool allowSet)
    {
        var length = AlertSchemes.Raise.MatchAt(tokens, verb, end);
        if (length > 0)
        {
            return (Direction.Raise, length);
        }

        length = AlertSchemes.Lower.MatchAt(tokens, verb, end);
        if (length > 0)
        {
            return (Direction.Lower, length);
        }

        length = AlertSchemes.Replace.MatchAt(tokens, verb, end);
        if (length > 0 && allowSet)
        {
            return (Direction.Set, length);
        }

        return (Direction.Set, allowSet ? AlertSchemes.Set.MatchAt(tokens, verb, end) : 0);
    }

    /// <summary>"The level was put on four", "Le niveau le plus élevé avait été décrété": a level word a few words
    /// before the verb is its subject, so a set verb is a change even in a sentence that only follows one naming
    /// the scheme. The level word's token, or -1.</summary>
    private static int LevelSubject(List<Token> tokens, int verb, int start)
    {
        for (var k = verb - 1; k >= Math.Max(start, verb - MaxWordsSubjectToVerb); k--)
        {
            if (AlertSchemes.Level.MatchAt(tokens, k, verb) > 0)
            {
                return k;
            }
        }

        return -1;
    }

    private static LevelChange? FromMentions(List<Token> tokens, TextSpan verb, Direction direction, List<LevelMention> mentions, int clauseStart, int clauseEnd)
    {
        if (mentions[0].AfterFrom && mentions.Count > 1)
        {
            return new LevelChange(verb, direction, mentions[0].Level, mentions[1].Level, Span(tokens, mentions[1].First, mentions[1].Last - mentions[1].First + 1), clauseStart, clauseEnd);
        }

        if (mentions.Count > 1 && mentions[1].AfterFrom)
        {
            // "raised to "severe" from "substantial"": the level before comes second.
            return new LevelChange(verb, direction, mentions[1].Level, mentions[0].Level, Span(tokens, mentions[0].First, mentions[0].Last - mentions[0].First + 1), clauseStart, clauseEnd);
        }

        return mentions[0].AfterFrom
            ? null
            : new LevelChange(verb, direction, null, mentions[0].Level, Span(tokens, mentions[0].First, mentions[0].Last - mentions[0].First + 1), clauseStart, clauseEnd);
    }

    private static int NextVerb(List<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (AlertSchemes.Raise.MatchAt(tokens, k, end) > 0 || AlertSchemes.Lower.MatchAt(tokens, k, end) > 0)
            {
                return k;
            }
        }

        return -1;
    }

    private static bool Negated(List<Token> tokens, int verb, int start)
    {
        for (var k = Math.Max(start, verb - 5); k < verb; k++)
        {
            if (AlertSchemes.Unchanged.MatchAt(tokens, k, verb) > 0)
            {
                return true;
            }
        }

        return false;
    }


    private static (string Date, DateEvidence Evidence, TextSpan? Span) DateOf(AnalysedText text, int index, int clauseStart, int clauseEnd, ILookup<int, DateMention> dates, DateOnly published)
    {
        var sentence = text.Sentences[index];
        var inClause = dates[index].Where(d => sentence.Contains(d.Span.Start) && d.Span.Start >= clauseStart && d.Span.Start < clauseEnd && d.Precision is DatePrecision.Day or DatePrecision.Month).ToList();
        // "PARIS, March 25 -- … announced on Sunday": the dateline dates the report, the clause's own day the change.
        var here = inClause.FirstOrDefault(d => !text.InDateline(d.Span)) ?? inClause.FirstOrDefault();
        if (here is not null)
        {
            return (here.Value, DateEvidence.InSentence, here.Span);
        }

        var dayBefore = AlertSchemes.DayBefore.Find(text.Tokens, sentence.FirstToken, sentence.LastToken);
        if (dayBefore >= 0)
        {
            return (Format(published.AddDays(-1)), DateEvidence.DayBefore, Span(text.Tokens, dayBefore, AlertSchemes.DayBefore.MatchAt(text.Tokens, dayBefore, sentence.LastToken)));
        }

        if (index > 0)
        {
            var previous = text.Sentences[index - 1];
            var before = dates[index - 1].LastOrDefault(d => previous.Contains(d.Span.Start) && d.Precision is DatePrecision.Day);
            if (before is not null)
            {
                return (before.Value, DateEvidence.PreviousSentence, before.Span);
            }
        }

        return (Format(published), DateEvidence.Publication, null);
    }

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TextSpan Span(List<Token> tokens, int first, int length) =>
        new(tokens[first].Start, tokens[first + Math.Max(length, 1) - 1].End);
}
