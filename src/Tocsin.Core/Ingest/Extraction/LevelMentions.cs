using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Reads the levels a change names (docs/ingest.md, "Threat levels"): level words ("to severe"), numbers
/// ("level 4", "4 out of 5", "de 2 à 3") and positions on the scale ("its highest level", "the second highest
/// step"), on word keys.</summary>
internal static class LevelMentions
{
    private const int MaxWordsToLevel = 16;
    private const int FromReach = 4;
    private const int SecondLevelReach = 8;
    private const int MaxAsideWords = 24;
    private const int MaxWordsOrdinalToLevel = 4;

    /// <summary>The levels named in the words after the verb, in order: level words, numbers ("level 4",
    /// "4 out of 5", bare numbers on numbered scales) and the top or bottom of the scale.</summary>
    public static List<LevelMention> After(AnalysedText text, AlertScheme scheme, int from, int end, bool lowering)
    {
        var tokens = text.Tokens;
        var mentions = new List<LevelMention>();
        var sentenceEnd = end;
        end = Math.Min(end, from + MaxWordsToLevel + Aside(text, from, end));
        var i = from;
        var lastFrom = -1;
        var repeatedTo = -1;
        while (i < end && mentions.Count < 2)
        {
            if (mentions.Count == 1)
            {
                // The level before may follow the new one ("to the highest level, …, from the level of …"), counted
                // from the last words naming the new one ("the highest level of "emergency attack"").
                end = Math.Max(end, Math.Min(sentenceEnd, Math.Max(mentions[0].Last, repeatedTo) + 1 + SecondLevelReach));
            }

            if (AlertSchemes.Comparative.MatchAt(tokens, i, end) is var comparative and > 0)
            {
                // "set above probable", "higher than severe": the level named is a bound, not a level held.
                i += comparative;
                i += Word(scheme, tokens, i, end)?.Length ?? (Numeric(text, scheme, i, end) is { } bound ? bound.Last + 1 - i : 0);
                continue;
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
                    repeatedTo = i - 1;
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

            var second = AlertSchemes.SecondHighest.MatchAt(tokens, i, end);
            if (second > 0 && scheme.Levels.Count > 2)
            {
                // "to the second highest step of the five-step scale": one below the top.
                mentions.Add(new LevelMention(scheme.Levels[^2].Level, i, i + second - 1, afterFrom));
                i += second;
                continue;
            }

            if (Ordinal(text, scheme, i, end) is { } ordinal)
            {
                // "to the fourth step of a scale of five", "from its third and highest level".
                if (mentions.Count > 0 && mentions[^1].Level == ordinal.Level && !afterFrom)
                {
                    i = ordinal.Last + 1;
                    continue;
                }

                mentions.Add(ordinal with { AfterFrom = afterFrom });
                i = ordinal.Last + 1;
                continue;
            }

            var top = AlertSchemes.Highest.MatchAt(tokens, i, end);
            var bottom = AlertSchemes.Lowest.MatchAt(tokens, i, end);
            if (top > 0 || bottom > 0)
            {
                // "lowered from its highest level" left the top; a lowering "to the maximum" reads as the bottom.
                var level = lowering && top > 0 && !afterFrom ? scheme.Lowest : top > 0 ? scheme.Highest : scheme.Lowest;
                if (mentions.Count > 0 && mentions[^1].Level == level && !afterFrom)
                {
                    // "from its third and highest level": the same level said twice.
                    i += Math.Max(top, bottom);
                    continue;
                }

                mentions.Add(new LevelMention(level, i, i + Math.Max(top, bottom) - 1, afterFrom));
                i += Math.Max(top, bottom);
                continue;
            }

            i++;
        }

        return mentions;
    }

    public static (string Level, int Length)? Word(AlertScheme scheme, List<Token> tokens, int i, int end)
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

        // A bare number is a level only where a level stands: "to 3", "from four", "de 2 à 3"; "after two years"
        // or "the five-step scale" is not one.
        if (levelWord == 0 && !hasScale && (!scheme.Numbered || !BareLevelPosition(tokens, numberAt)))
        {
            return null;
        }

        return scheme.AtRank(n.Value) is { } level ? new LevelMention(level, i, last, false) : null;
    }

    /// <summary>"the fourth step", "the third and highest level", "le troisième niveau", "the second level of a scale
    /// of five": an ordinal a few words before a level word is a rank; a scale that is not the scheme's is another
    /// scheme's level.</summary>
    private static LevelMention? Ordinal(AnalysedText text, AlertScheme scheme, int i, int end)
    {
        var tokens = text.Tokens;
        for (var rank = 1; rank <= AlertSchemes.Ordinals.Count; rank++)
        {
            var length = AlertSchemes.Ordinals[rank - 1].MatchAt(tokens, i, end);
            if (length == 0)
            {
                continue;
            }

            for (var k = i + length; k < Math.Min(end, i + length + MaxWordsOrdinalToLevel); k++)
            {
                if (k > i + length && tokens[i + length].Key is "to" or "and" or "or" or "a" or "au" or "et" or "ou" && Ordinal(text, scheme, k, end) is not null)
                {
                    // "from the third to the fourth step": the level word after the second ordinal serves both.
                    return rank <= scheme.Levels.Count ? new LevelMention(scheme.Levels[rank - 1].Level, i, i + length - 1, false) : null;
                }

                var levelWord = AlertSchemes.Level.MatchAt(tokens, k, end);
                if (levelWord == 0)
                {
                    continue;
                }

                var last = k + levelWord - 1;
                var outOf = AlertSchemes.OutOf.MatchAt(tokens, last + 1, end);
                if (outOf > 0 && NumberWords.Read(text.Text, tokens, last + 1 + outOf, end) is { IsFigure: true } scale && scale.Value > 1)
                {
                    if (scale.Value != scheme.Levels.Count)
                    {
                        return null;
                    }

                    last = scale.Last;
                }

                return rank <= scheme.Levels.Count ? new LevelMention(scheme.Levels[rank - 1].Level, i, last, false) : null;
            }

            return null;
        }

        return null;
    }

    private static bool BareLevelPosition(List<Token> tokens, int number)
    {
        for (var k = Math.Max(0, number - 2); k < number; k++)
        {
            if (AlertSchemes.BeforeBareLevel.MatchAt(tokens, k, number) == number - k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"issued on Monday, for the first time since the system was created in 2011, an "imminent alert"":
    /// the words an aside sets off between commas right after the verb do not count towards the reach of its
    /// level.</summary>
    private static int Aside(AnalysedText text, int from, int end)
    {
        for (var k = from; k < Math.Min(end, from + 3); k++)
        {
            if (!CommaBefore(text, k))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(end, k + MaxAsideWords); j++)
            {
                if (CommaBefore(text, j))
                {
                    return j - k;
                }
            }

            return 0;
        }

        return 0;
    }

    private static bool CommaBefore(AnalysedText text, int k) =>
        k > 0 && text.Text.AsSpan(text.Tokens[k - 1].End, text.Tokens[k].Start - text.Tokens[k - 1].End).Contains(',');
}
