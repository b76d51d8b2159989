using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Reads the level changes one sentence states, clause by clause, for <see cref="LevelChangeExtractor"/>: each
/// raise, lower or set verb not negated nor merely wanted ("asked for … to be lowered"), its subject close enough to be
/// the level, and the levels after it — a word, a number, a rank on the scale, "from X to Y" — or, for an alert let
/// expire or withdrawn, the next level named or the bottom of the scale.</summary>
internal static class LevelChangeClauses
{
    private const int MaxWordsSubjectToVerb = 6;
    private const int MaxWordsCloseLevel = 3;
    private const int MaxWordsWantedToVerb = 7;
    private const int MaxWordsEndedToVerb = 8;

    /// <summary>A change found: its verb, the levels (the new one null when the words give none), and its clause:
    /// from the end of the change before it in the sentence to the next change verb, whose dates belong to
    /// another change ("raised …, which was downgraded in January").</summary>
    internal sealed record LevelChange(TextSpan Verb, LevelDirection Direction, string? From, string? To, TextSpan ToSpan, int ClauseStart, int ClauseEnd);

    /// <summary>The changes of a sentence, in order: each change verb and the levels after it ("the return … from
    /// "expected" to "probable", six weeks after it was lifted in October to the second highest step" is two).</summary>
    internal static List<LevelChange> Changes(AnalysedText text, Sentence sentence, AlertScheme scheme, bool allowSet)
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
                (direction, length, closeLevelOnly) = (LevelDirection.Set, set, true);
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

            var lowering = direction == LevelDirection.Lower;
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
        return new LevelChange(verbSpan, LevelDirection.Lower, ended.Level, next?.Level ?? scheme.Lowest, toSpan, 0, clauseEnd);
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

    private static (LevelDirection Direction, int Length) VerbAt(List<Token> tokens, int verb, int end, bool allowSet)
    {
        var length = AlertSchemes.Raise.MatchAt(tokens, verb, end);
        if (length > 0)
        {
            return (LevelDirection.Raise, length);
        }

        length = AlertSchemes.Lower.MatchAt(tokens, verb, end);
        if (length > 0)
        {
            return (LevelDirection.Lower, length);
        }

        length = AlertSchemes.Replace.MatchAt(tokens, verb, end);
        if (length > 0 && allowSet)
        {
            return (LevelDirection.Set, length);
        }

        return (LevelDirection.Set, allowSet ? AlertSchemes.Set.MatchAt(tokens, verb, end) : 0);
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

    private static LevelChange? FromMentions(List<Token> tokens, TextSpan verb, LevelDirection direction, List<LevelMention> mentions, int clauseStart, int clauseEnd)
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

    /// <summary>The text of <paramref name="length"/> tokens from <paramref name="first"/> (at least one).</summary>
    internal static TextSpan Span(List<Token> tokens, int first, int length) =>
        new(tokens[first].Start, tokens[first + Math.Max(length, 1) - 1].End);
}
