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
    private const int MaxWordsToLevel = 16;
    private const int FromReach = 4;
    private const int SecondLevelReach = 8;

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
                ?? (carried!.Value.Scheme, carried.Value.Territory, CarriedConfidence, (TextSpan?)null);
            carried = (scheme, territory);
            if (Change(text, sentence, scheme, allowSet: identified is not null) is not { } change)
            {
                continue;
            }

            var (date, evidence, dateSpan) = DateOf(text, index, change.ClauseEnd, datesBySentence, published);
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

            findings.Add((new LevelChangeFinding(scheme.Id, territory, change.From, change.To, date, spans, confidence), evidence));
        }

        var distinct = findings
            .GroupBy(f => (f.Finding.Scheme, f.Finding.Territory, f.Finding.To))
            .Select(Best)
            .ToList();
        return LevelChain.FillPrevious(distinct);
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

    private static string Territory(AnalysedText text, Sentence sentence, AlertScheme scheme)
    {
        foreach (var (territory, words) in scheme.Regions)
        {
            if (words.Find(text.Tokens, sentence.FirstToken, sentence.LastToken) >= 0)
            {
                return territory;
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

    /// <summary>A change found: its verb, the levels, and where its clause ends (the next change verb, whose
    /// dates belong to another change: "raised …, which was downgraded in January").</summary>
    private sealed record LevelChange(TextSpan Verb, string? From, string To, TextSpan ToSpan, int ClauseEnd);

    private sealed record LevelMention(string Level, int First, int Last, bool AfterFrom);

    /// <summary>The change verb of the sentence and the levels after it.</summary>
    private static LevelChange? Change(AnalysedText text, Sentence sentence, AlertScheme scheme, bool allowSet)
    {
        var tokens = text.Tokens;
        var (start, end) = (sentence.FirstToken, sentence.LastToken);
        for (var verb = start; verb < end; verb++)
        {
            var direction = Direction.Raise;
            var length = AlertSchemes.Raise.MatchAt(tokens, verb, end);
            if (length == 0 && (length = AlertSchemes.Lower.MatchAt(tokens, verb, end)) > 0)
            {
                direction = Direction.Lower;
            }

            if (length == 0 && allowSet && (length = AlertSchemes.Set.MatchAt(tokens, verb, end)) > 0)
            {
                direction = Direction.Set;
            }

            if (length == 0)
            {
                continue;
            }

            if (Negated(tokens, verb, start))
            {
                return null;
            }

            var mentions = Mentions(text, scheme, verb + length, end, direction);
            if (mentions.Count == 0)
            {
                continue;
            }

            var verbSpan = Span(tokens, verb, length);
            var clauseEnd = NextVerb(tokens, mentions[^1].Last + 1, end) is var next and >= 0 ? tokens[next].Start : text.Text.Length;
            if (mentions[0].AfterFrom && mentions.Count > 1)
            {
                return new LevelChange(verbSpan, mentions[0].Level, mentions[1].Level, Span(tokens, mentions[1].First, mentions[1].Last - mentions[1].First + 1), clauseEnd);
            }

            if (mentions.Count > 1 && mentions[1].AfterFrom)
            {
                // "raised to "severe" from "substantial"": the level before comes second.
                return new LevelChange(verbSpan, mentions[1].Level, mentions[0].Level, Span(tokens, mentions[0].First, mentions[0].Last - mentions[0].First + 1), clauseEnd);
            }

            if (mentions[0].AfterFrom)
            {
                return null;
            }

            return new LevelChange(verbSpan, null, mentions[0].Level, Span(tokens, mentions[0].First, mentions[0].Last - mentions[0].First + 1), clauseEnd);
        }

        return null;
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

    /// <summary>The levels named in the words after the verb, in order: level words, numbers ("level 4",
    /// "4 out of 5", bare numbers on numbered scales) and the top or bottom of the scale.</summary>
    private static List<LevelMention> Mentions(AnalysedText text, AlertScheme scheme, int from, int end, Direction direction)
    {
        var tokens = text.Tokens;
        var mentions = new List<LevelMention>();
        var sentenceEnd = end;
        end = Math.Min(end, from + MaxWordsToLevel);
        var i = from;
        var lastFrom = -1;
        while (i < end && mentions.Count < 2)
        {
            if (mentions.Count == 1)
            {
                // The level before may follow the new one ("to the highest level, …, from the level of …").
                end = Math.Max(end, Math.Min(sentenceEnd, mentions[0].Last + 1 + SecondLevelReach));
            }

            if (AlertSchemes.From.MatchAt(tokens, i, end) is var fromLength and > 0)
            {
                // "from", "replacing", "instead of": the level before follows.
                lastFrom = i + fromLength - 1;
            }

            // "from substantial", "from level 3", "from the level of "reinforced security"": a level a few words
            // after "from", with no other level between them, is the level before.
            var afterFrom = lastFrom >= from && lastFrom < i && i - lastFrom <= FromReach && (mentions.Count == 0 || mentions[^1].Last < lastFrom);
            if (Word(scheme, tokens, i, end) is { } word)
            {
                if (mentions.Count > 0 && mentions[^1].Level == word.Level && !afterFrom)
                {
                    // "to its highest level, "urgence attentat"": the same level said twice.
                    i += word.Length;
                    continue;
                }

                mentions.Add(new LevelMention(word.Level, i, i + word.Length - 1, afterFrom));
                i += word.Length;
                continue;
            }

            if (Numeric(text, scheme, i, end) is { } numeric)
            {
                mentions.Add(numeric with { AfterFrom = afterFrom });
                i = numeric.Last + 1;
                continue;
            }

            var top = AlertSchemes.Highest.MatchAt(tokens, i, end);
            var bottom = AlertSchemes.Lowest.MatchAt(tokens, i, end);
            if (top > 0 || bottom > 0)
            {
                var level = direction == Direction.Lower && top > 0 ? scheme.Lowest : top > 0 ? scheme.Highest : scheme.Lowest;
                mentions.Add(new LevelMention(level, i, i + Math.Max(top, bottom) - 1, afterFrom));
                i += Math.Max(top, bottom);
                continue;
            }

            i++;
        }

        return mentions;
    }

    private static (string Level, int Length)? Word(AlertScheme scheme, List<Token> tokens, int i, int end)
    {
        (string Level, int Length)? best = null;
        foreach (var (level, words) in scheme.Levels)
        {
            var length = words.MatchAt(tokens, i, end);
            if (length > 0 && (best is null || length > best.Value.Length))
            {
                best = (level, length);
            }
        }

        return best;
    }

    /// <summary>"level 4", "niveau 3", "4 out of 5", "3 sur 4", or a bare number on a numbered scale.</summary>
    private static LevelMention? Numeric(AnalysedText text, AlertScheme scheme, int i, int end)
    {
        var tokens = text.Tokens;
        var levelWord = AlertSchemes.Level.MatchAt(tokens, i, end);
        var numberAt = i + levelWord;
        if (numberAt >= end || !char.IsAsciiDigit(tokens[numberAt].Key[0]) && levelWord == 0 && !scheme.Numbered)
        {
            return null;
        }

        var number = NumberWords.Read(text.Text, tokens, numberAt, end);
        if (number is not { IsFigure: true } n || n.Value < 1 || n.Value > 9)
        {
            return null;
        }

        var last = n.Last;
        var outOf = AlertSchemes.OutOf.MatchAt(tokens, last + 1, end);
        var hasScale = false;
        if (outOf > 0 && NumberWords.Read(text.Text, tokens, last + 1 + outOf, end) is { IsFigure: true } scale && scale.Value > 1)
        {
            // "4 out of 5" on a scale of four is another scheme's level ("sur une échelle de 4" reads "une").
            if (scale.Value != scheme.Levels.Count)
            {
                return null;
            }

            hasScale = true;
            last = scale.Last;
        }

        if (levelWord == 0 && !hasScale && !scheme.Numbered)
        {
            return null;
        }

        return scheme.AtRank(n.Value) is { } level ? new LevelMention(level, i, last, false) : null;
    }

    private static (string Date, DateEvidence Evidence, TextSpan? Span) DateOf(AnalysedText text, int index, int clauseEnd, ILookup<int, DateMention> dates, DateOnly published)
    {
        var sentence = text.Sentences[index];
        var here = dates[index].FirstOrDefault(d => sentence.Contains(d.Span.Start) && d.Span.Start < clauseEnd && d.Precision is DatePrecision.Day or DatePrecision.Month);
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
