using Tocsin.Core.Ingest.Text;
using static Tocsin.Core.Ingest.Extraction.CasualtyWords;
using Kind = Tocsin.Core.Ingest.Extraction.CasualtyKind;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Victims that <see cref="CasualtyExtractor"/> counts without a number of their own: one victim named by a
/// singular noun phrase, and one more victim joined to a counted object.</summary>
internal static class CasualtyVictims
{
    /// <summary>One victim named by a singular noun phrase rather than a number: its subject before a singular
    /// verb of death ("A 14-year-old boy was killed", "un professeur de lettres, Dominique Bernard, avait été
    /// tué") or the object of a killing or wounding verb ("killing a priest", "a tué une policière"). An
    /// attacker word or "a man" (as often the attacker) in the phrase is no victim.</summary>
    internal static ((Kind, CasualtyFigure) Figure, int Last)? SingleVictim(List<Token> tokens, int article, int start, int end, bool claimant)
    {
        var lexicon = CasualtyLexicon.Shared;
        var noun = article + 1;
        if (noun >= end || lexicon.SingleVictimArticles.MatchAt(tokens, article, end) != 1
            || lexicon.NotSingleVictims.MatchAt(tokens, noun, end) > 0 || lexicon.Perpetrators.MatchAt(tokens, noun, end) > 0
            || (IsDigitsOrNumberWord(tokens[noun].Key) && !IsAge(tokens, noun, end)))
        {
            return null;
        }

        var basis = claimant ? CasualtyBasis.Claimed : CasualtyBasis.Stated;
        if (VerbBefore(tokens, article, start) is { } verb)
        {
            var span = new TextSpan(tokens[verb.First].Start, tokens[noun].End);
            return ((verb.Kind, new CasualtyFigure(1, span, basis, Written: true)), noun);
        }

        // "a diplomat and a guard" after "Two employees": a phrase joined to another, or set beside an attacker
        // ("The suspect, a 36-year-old national, died"), counts no victim of its own.
        if (article > start && (lexicon.Joins.MatchAt(tokens, article - 1, end) == 1 || lexicon.Perpetrators.Find(tokens, Math.Max(start, article - 3), article) >= 0))
        {
            return null;
        }

        var last = KilledOneAfter(tokens, noun, end);
        if (last < 0)
        {
            return null;
        }

        // "has been killed along with his assistant": a second victim joined after the verb.
        var count = 1;
        var along = lexicon.AlongWith.MatchAt(tokens, last + 1, end);
        if (along > 0 && JoinedNoun(tokens, last + 1 + along, end) is { } other)
        {
            count = 2;
            last = other;
        }

        return ((Kind.Killed, new CasualtyFigure(count, new TextSpan(tokens[article].Start, tokens[last].End), basis, Written: true)), last);
    }

    /// <summary>After the number of a killing verb's object, one more victim joined to it: "and"/"et", a definite or
    /// indefinite article and a noun that names no attacker ("killing five tourists and the driver"); the noun's
    /// token, or null. A verb after "and" ("killing two and wounding five") joins a clause, not a victim.</summary>
    internal static int? JoinedVictim(List<Token> tokens, int from, int end)
    {
        var lexicon = CasualtyLexicon.Shared;
        for (var k = from; k < Math.Min(end, from + MaxWordsToKind); k++)
        {
            if (lexicon.Joins.MatchAt(tokens, k, end) == 1)
            {
                return JoinedNoun(tokens, k + 1, end);
            }

            if (lexicon.Breaks.MatchAt(tokens, k, end) > 0 || IsDigitsOrNumberWord(tokens[k].Key) || lexicon.Killed.MatchAt(tokens, k, end) > 0
                || lexicon.Injured.MatchAt(tokens, k, end) > 0 || lexicon.KillingVerbs.MatchAt(tokens, k, end) > 0 || lexicon.InjuringVerbs.MatchAt(tokens, k, end) > 0)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The noun of a singular phrase at <paramref name="article"/> ("the driver", "son fils") that names no
    /// attacker, no time and no casualty word; null otherwise.</summary>
    private static int? JoinedNoun(List<Token> tokens, int article, int end)
    {
        var lexicon = CasualtyLexicon.Shared;
        var noun = article + 1;
        return noun < end && lexicon.JoinedArticles.MatchAt(tokens, article, end) == 1
            && lexicon.Perpetrators.MatchAt(tokens, noun, end) == 0 && lexicon.NotSingleVictims.MatchAt(tokens, noun, end) == 0
            && !IsDigitsOrNumberWord(tokens[noun].Key) && lexicon.Killed.MatchAt(tokens, noun, end) == 0 && lexicon.Injured.MatchAt(tokens, noun, end) == 0
            ? noun : null;
    }

    /// <summary>The last token of a singular verb of death within the words after a victim's noun phrase, or -1
    /// when a clause break, a number, an attacker word or another casualty word comes first.</summary>
    private static int KilledOneAfter(List<Token> tokens, int from, int end)
    {
        var lexicon = CasualtyLexicon.Shared;
        var limit = Math.Min(end, from + MaxWordsToKind + 4);
        for (var k = from; k < limit; k++)
        {
            if (lexicon.Perpetrators.MatchAt(tokens, k, end) > 0)
            {
                return -1;
            }

            var one = lexicon.KilledOne.MatchAt(tokens, k, end);
            if (one > 0)
            {
                return k + one - 1;
            }

            if (IsAge(tokens, k, end))
            {
                continue;
            }

            if (lexicon.Breaks.MatchAt(tokens, k, end) > 0 || IsDigitsOrNumberWord(tokens[k].Key) || lexicon.Killed.MatchAt(tokens, k, end) > 0
                || lexicon.Injured.MatchAt(tokens, k, end) > 0 || lexicon.KillingVerbs.MatchAt(tokens, k, end) > 0 || lexicon.InjuringVerbs.MatchAt(tokens, k, end) > 0)
            {
                return -1;
            }
        }

        return -1;
    }
}
