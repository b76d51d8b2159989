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
    private const int MaxSentencesToHeldLevel = 6;

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
        var unstated = new List<(LevelChangeFinding Finding, AlertScheme Scheme, LevelDirection Direction)>();
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
            var changes = LevelChangeClauses.Changes(text, sentence, scheme, allowSet: identified is not null);
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
        List<(LevelChangeFinding Finding, AlertScheme Scheme, LevelDirection Direction)> unstated, List<LevelChangeFinding> stated)
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

    private static bool Reverses(AlertScheme scheme, LevelDirection direction, LevelChangeFinding later)
    {
        var from = Rank(scheme, later.From!);
        var to = Rank(scheme, later.To);
        return direction switch
        {
            LevelDirection.Raise => from > to,
            LevelDirection.Lower => from < to,
            LevelDirection.Set => false,
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
                return (scheme, Territory(text, sentence, scheme), NamedConfidence, LevelChangeClauses.Span(tokens, at, scheme.Names.MatchAt(tokens, at, end)));
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
        return (chosen, Territory(text, sentence, chosen), confidence, LevelChangeClauses.Span(tokens, cueAt, phrases.MatchAt(tokens, cueAt, end)));
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
                if (length > 0 && !text.InDateline(LevelChangeClauses.Span(text.Tokens, i, length)))
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
            return (Format(published.AddDays(-1)), DateEvidence.DayBefore, LevelChangeClauses.Span(text.Tokens, dayBefore, AlertSchemes.DayBefore.MatchAt(text.Tokens, dayBefore, sentence.LastToken)));
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
}
