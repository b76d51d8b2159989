using Tocsin.Core.Ingest.Text;
using Kind = Tocsin.Core.Ingest.Extraction.CasualtyKind;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Readings of single tokens and short spans shared by <see cref="CasualtyExtractor"/> and
/// <see cref="CasualtyVictims"/>: ages, months, days, numbers, and the killing or wounding verb before a word.</summary>
internal static class CasualtyWords
{
    /// <summary>How many words may stand between a number (or a victim) and the word that says what it counts.</summary>
    internal const int MaxWordsToKind = 6;

    /// <summary>"14-year-old", "55 years old", "22 ans": a number that is an age describes the victim.</summary>
    internal static bool IsAge(List<Token> tokens, int k, int end) =>
        IsDigitsOrNumberWord(tokens[k].Key) && CasualtyLexicon.Shared.NotCountsAfter.MatchAt(tokens, k + 1, end) > 0;

    internal static bool IsMonth(string key) =>
        key.Length > 2 && CalendarWords.IsMonthKey(key);

    /// <summary>A killing or wounding verb ending just before <paramref name="at"/>.</summary>
    internal static (Kind Kind, int First)? VerbBefore(List<Token> tokens, int at, int start)
    {
        var lexicon = CasualtyLexicon.Shared;
        for (var k = Math.Max(start, at - 4); k < at; k++)
        {
            if (lexicon.KillingVerbs.MatchAt(tokens, k, at) == at - k)
            {
                return (Kind.Killed, k);
            }

            if (lexicon.InjuringVerbs.MatchAt(tokens, k, at) == at - k)
            {
                return (Kind.Injured, k);
            }
        }

        return null;
    }

    /// <summary>A day of a date ("on 15 April", "April 15"): not a figure standing between a toll and its number.</summary>
    internal static bool IsDay(List<Token> tokens, int k, int start, int end) =>
        k + 1 < end && IsMonth(tokens[k + 1].Key) || k - 1 >= start && IsMonth(tokens[k - 1].Key);

    internal static bool IsDigitsOrNumberWord(string key) =>
        key.Length > 0 && (char.IsAsciiDigit(key[0]) || NumberWords.IsCountWord(key));
}
