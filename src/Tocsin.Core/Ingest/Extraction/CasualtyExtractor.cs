using System.Globalization;
using Tocsin.Core.Ingest.Text;
using static Tocsin.Core.Ingest.Extraction.CasualtyWords;
using Kind = Tocsin.Core.Ingest.Extraction.CasualtyKind;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds killed and injured figures in English and French (docs/ingest.md, "Casualties") by reading
/// each number of a sentence (<see cref="NumberWords"/>) and the words around it, with the lexicon of
/// <see cref="CasualtyLexicon"/>: a kind word after it ("137 people were killed", "73 people lost their
/// lives", "90 morts"), else a killing or wounding verb before it ("killing two", "blessant 12"), else a
/// toll noun before it ("the death toll rose to 139", "le bilan s'élève à 40").</summary>
/// <remarks>A clause break ("before", "and", "avant") ends the words of a number, so "wounding five before
/// being shot dead" is five injured and the attacker's death is not counted; attackers named next to the
/// number are never victims. Sentences that name another year or compare with an earlier attack give the
/// figures of that other incident. No regular expression: the work is linear in the number of tokens.</remarks>
internal static class CasualtyExtractor
{
    private const int MaxWordsAfterToll = 16;
    private const int MaxWordsBeforeRevision = 20;
    private const int MaxSupersededWords = 5;

    public static CasualtyFigures Find(AnalysedText text, DateOnly published)
    {
        var principal = new List<(Kind Kind, CasualtyFigure Figure)>();
        var earlier = new List<(Kind Kind, CasualtyFigure Figure)>();
        foreach (var sentence in text.Sentences)
        {
            var found = InSentence(text, sentence);
            if (found.Count == 0)
            {
                continue;
            }

            var other = AboutAnotherYear(text, sentence, published)
                || CasualtyLexicon.Shared.OtherIncident.Find(text.Tokens, sentence.FirstToken, sentence.LastToken) >= 0;
            (other ? earlier : principal).AddRange(found);
        }

        var earlierFigures = earlier.Count == 0 ? null : new CasualtyFigures(Best(earlier, Kind.Killed), Best(earlier, Kind.Injured));
        return new CasualtyFigures(Best(principal, Kind.Killed), Best(principal, Kind.Injured)) { Earlier = earlierFigures };
    }

    /// <summary>The latest revised total, else the highest figure stated, else the highest claimed.</summary>
    private static CasualtyFigure? Best(List<(Kind Kind, CasualtyFigure Figure)> figures, Kind kind)
    {
        var ofKind = figures.Where(f => f.Kind == kind).Select(f => f.Figure).ToList();
        var revised = ofKind.Where(f => f.Basis == CasualtyBasis.Revised).ToList();
        if (revised.Count > 0)
        {
            return revised[^1];
        }

        var stated = ofKind.Where(f => f.Basis == CasualtyBasis.Stated).ToList();
        var pool = stated.Count > 0 ? stated : ofKind;
        return pool.Count == 0 ? null : pool.MaxBy(f => f.Count);
    }

    private static List<(Kind Kind, CasualtyFigure Figure)> InSentence(AnalysedText text, Sentence sentence)
    {
        var lexicon = CasualtyLexicon.Shared;
        var tokens = text.Tokens;
        var start = sentence.FirstToken;
        var end = sentence.LastToken;
        var claimant = lexicon.Claimant.Find(tokens, start, end) >= 0;
        var result = new List<(Kind, CasualtyFigure)>();
        var i = start;
        while (i < end)
        {
            if (CasualtyVictims.SingleVictim(tokens, i, start, end, claimant) is { } single)
            {
                result.Add(single.Figure);
                i = single.Last + 1;
                continue;
            }

            var reading = NumberWords.Read(text.Text, tokens, i, end);
            if (reading is null)
            {
                i++;
                continue;
            }

            i = reading.Value.Last + 1;
            if (reading.Value.IsFigure && Figure(text, reading.Value, start, end, claimant) is { } figure)
            {
                result.Add(figure);
            }
        }

        return result;
    }

    private static (Kind, CasualtyFigure)? Figure(AnalysedText text, NumberReading number, int start, int end, bool claimant)
    {
        var lexicon = CasualtyLexicon.Shared;
        var tokens = text.Tokens;
        if (!IsCountOfPeople(text, number, start, end))
        {
            return null;
        }

        var qualifierStart = QualifierStart(tokens, number.First, start);
        if (Superseded(tokens, qualifierStart, start))
        {
            return null;
        }

        var approximate = qualifierStart < number.First;
        var basis = claimant ? CasualtyBasis.Claimed : CasualtyBasis.Stated;
        var after = KindAfter(tokens, number.Last + 1, end);
        if (after.Perpetrator)
        {
            return null;
        }

        Kind kind;
        var first = qualifierStart;
        var last = number.Last;
        if (after.Kind is { } stated)
        {
            kind = stated;
            last = after.Last;
        }
        else if (VerbBefore(tokens, qualifierStart, start) is { } verb)
        {
            kind = verb.Kind;
            first = verb.First;
            if (CasualtyVictims.JoinedVictim(tokens, number.Last + 1, end) is { } joined)
            {
                // "avait tué cinq Israéliens et le chauffeur bulgare du car": one more victim in the object.
                var figure = new CasualtyFigure(number.Value + 1, new TextSpan(tokens[first].Start, tokens[joined].End), basis, approximate, number.Written);
                return (kind, figure);
            }
        }
        else if (RevisionBefore(tokens, qualifierStart, start) is { } revision)
        {
            kind = revision.Kind;
            first = revision.First;
            basis = claimant ? CasualtyBasis.Claimed : CasualtyBasis.Revised;
        }
        else if (TollBefore(tokens, qualifierStart, start) is { } toll)
        {
            kind = Kind.Killed;
            first = toll.First;
            basis = claimant ? CasualtyBasis.Claimed : toll.Revised ? CasualtyBasis.Revised : CasualtyBasis.Stated;
        }
        else
        {
            return null;
        }

        var span = new TextSpan(tokens[first].Start, tokens[last].End);
        return (kind, new CasualtyFigure(number.Value, span, basis, approximate, number.Written));
    }

    /// <summary>"the first count of nine", "an initial toll of 38": a phrase ending right before the figure (an
    /// article aside) says the figure was replaced.</summary>
    private static bool Superseded(List<Token> tokens, int figure, int start)
    {
        var end = figure > start && tokens[figure - 1].IsArticle ? figure - 1 : figure;
        for (var k = Math.Max(start, end - MaxSupersededWords); k < end; k++)
        {
            if (CasualtyLexicon.Shared.Superseded.MatchAt(tokens, k, end) == end - k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Not a year, an age, a time, a distance or a date ("2024", "a 17-year-old", "22 March").</summary>
    private static bool IsCountOfPeople(AnalysedText text, NumberReading number, int start, int end)
    {
        var lexicon = CasualtyLexicon.Shared;
        var tokens = text.Tokens;
        if (!number.Written && number.Value is >= 1900 and <= 2100)
        {
            return false;
        }

        var next = number.Last + 1;
        if (lexicon.NotCountsAfter.MatchAt(tokens, next, end) > 0 || (next < end && IsMonth(tokens[next].Key)))
        {
            return false;
        }

        var previous = number.First - 1;
        if (previous >= start && (IsMonth(tokens[previous].Key) || lexicon.NotCountsBefore.MatchAt(tokens, previous, end) == 1))
        {
            return false;
        }

        // "3:45", "1.5", "10%": a number glued to punctuation is not a head count.
        var after = tokens[number.Last].End;
        return after >= text.Text.Length || text.Text[after] is not (':' or '%' or '/') && !(text.Text[after] is '.' or ',' && after + 1 < text.Text.Length && char.IsDigit(text.Text[after + 1]));
    }

    /// <summary>The first token of the qualifiers just before the number ("at least", "plus de").</summary>
    private static int QualifierStart(List<Token> tokens, int number, int start)
    {
        var first = number;
        var moved = true;
        while (moved)
        {
            moved = false;
            for (var k = Math.Max(start, first - 3); k < first; k++)
            {
                if (CasualtyLexicon.Shared.Qualifiers.MatchAt(tokens, k, first) == first - k)
                {
                    first = k;
                    moved = true;
                    break;
                }
            }
        }

        return first;
    }

    /// <summary>A revision verb just before the number ("… rose to 102", "porté à cent trente-deux") whose
    /// subject names the dead or the injured ("the number of citizens who lost their lives in the attack",
    /// "the number of martyrs"): the nearest kind or toll word before the verb decides.</summary>
    private static (Kind Kind, int First)? RevisionBefore(List<Token> tokens, int at, int start)
    {
        var lexicon = CasualtyLexicon.Shared;
        var verb = -1;
        for (var k = Math.Max(start, at - 4); k < at && verb < 0; k++)
        {
            verb = lexicon.Revision.MatchAt(tokens, k, at) == at - k ? k : -1;
        }

        if (verb < 0)
        {
            return null;
        }

        for (var k = verb - 1; k >= Math.Max(start, verb - MaxWordsBeforeRevision); k--)
        {
            if (IsDigitsOrNumberWord(tokens[k].Key) && !IsDay(tokens, k, start, at))
            {
                return null;
            }

            if (lexicon.Injured.MatchAt(tokens, k, verb) > 0)
            {
                return (Kind.Injured, k);
            }

            if (lexicon.Killed.MatchAt(tokens, k, verb) > 0 || lexicon.Toll.MatchAt(tokens, k, verb) > 0)
            {
                return (Kind.Killed, k);
            }
        }

        return null;
    }

    /// <summary>A toll noun a few words before the number with no other number between ("the death toll
    /// from Friday's attack rose to 139"); revised when a revision verb stands between them.</summary>
    private static (int First, bool Revised)? TollBefore(List<Token> tokens, int at, int start)
    {
        var lexicon = CasualtyLexicon.Shared;
        var from = Math.Max(start, at - MaxWordsAfterToll);
        var toll = lexicon.Toll.FindLast(tokens, from, at);
        if (toll < 0)
        {
            return null;
        }

        for (var k = toll; k < at; k++)
        {
            if (IsDigitsOrNumberWord(tokens[k].Key) || lexicon.Injured.MatchAt(tokens, k, at) > 0)
            {
                return null;
            }
        }

        return (toll, lexicon.Revision.Find(tokens, toll, at) >= 0);
    }

    /// <summary>The kind word within a few words after the number, stopping at a clause break or another
    /// number; an attacker word on the way marks the number as attackers, not victims.</summary>
    private static (Kind? Kind, int Last, bool Perpetrator) KindAfter(List<Token> tokens, int from, int end)
    {
        var lexicon = CasualtyLexicon.Shared;
        var limit = Math.Min(end, from + MaxWordsToKind + 1);
        var inSubset = false;
        for (var k = from; k < limit; k++)
        {
            var subset = lexicon.Subset.MatchAt(tokens, k, end);
            if (subset > 0 && !inSubset)
            {
                // "Twenty people, including five soldiers, were killed": read on past the subset.
                inSubset = true;
                limit = Math.Min(end, limit + MaxWordsToKind);
                k += subset - 1;
                continue;
            }

            if (inSubset && IsDigitsOrNumberWord(tokens[k].Key))
            {
                continue;
            }

            if (lexicon.Perpetrators.MatchAt(tokens, k, end) > 0)
            {
                return (null, k, true);
            }

            var killed = lexicon.Killed.MatchAt(tokens, k, end);
            if (killed > 0)
            {
                return (Kind.Killed, k + killed - 1, false);
            }

            var injured = lexicon.Injured.MatchAt(tokens, k, end);
            if (injured > 0)
            {
                return (Kind.Injured, k + injured - 1, false);
            }

            if (lexicon.Breaks.MatchAt(tokens, k, end) > 0 || IsDigitsOrNumberWord(tokens[k].Key)
                || lexicon.KillingVerbs.MatchAt(tokens, k, end) > 0 || lexicon.InjuringVerbs.MatchAt(tokens, k, end) > 0)
            {
                break;
            }
        }

        return (null, -1, false);
    }

    private static bool AboutAnotherYear(AnalysedText text, Sentence sentence, DateOnly published)
    {
        for (var k = sentence.FirstToken; k < sentence.LastToken; k++)
        {
            var key = text.Tokens[k].Key;
            if (key.Length == 4 && key.All(char.IsAsciiDigit) && key[0] is '1' or '2'
                && int.Parse(key, CultureInfo.InvariantCulture) is var year and >= 1900 and <= 2100
                && year != published.Year && year != published.Year - 1)
            {
                return true;
            }
        }

        return false;
    }
}
