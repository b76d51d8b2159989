using System.Globalization;
using System.Text.RegularExpressions;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds killed and injured figures in English and French (docs/ingest.md, "Casualties"):
/// "at least 137 people were killed and more than 180 injured", "killing 12", "the death toll rose to 40",
/// "au moins 137 morts", "faisant 3 morts et 12 blessés". Attackers killed are not victims; sentences about
/// another year (an earlier attack recalled) are ignored; the highest figure wins.</summary>
internal static class CasualtyExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private const string N = NumberWords.Pattern;
    private const string Killed = @"killed|dead|died|deaths|fatalities|murdered|perished|morts?|tués?|tuées?|décès|ont\s+péri|ont\s+perdu\s+la\s+vie|lost\s+their\s+lives";
    private const string Injured = @"injured|wounded|hurt|injuries|blessés?|blessées?|hospitali[sz]ed";
    private const string Qualifier = @"(?:at\s+least|more\s+than|over|nearly|almost|some|about|around|up\s+to|au\s+moins|plus\s+de|près\s+de|environ|quelque)\s+";

    private static readonly Regex NumberThenWord = new(
        $@"\b(?<n>{N})\b(?<mid>(?:\s+[\p{{L}}'’-]+){{0,4}}?)\s+(?<k>{Killed}|{Injured})\b", Options, Timeout);

    private static readonly Regex VerbThenNumber = new(
        $@"\b(?<k>killing|killed|murdering|tuant|injuring|wounding|injured|wounded|blessant|leaving|left)\s+(?:{Qualifier})?(?<n>{N})\b(?=(?<rest>(?:\s+[\p{{L}}'’-]+){{0,3}}))", Options, Timeout);

    private static readonly Regex Toll = new(
        $@"\b(?:death\s+toll|toll|bilan)\b[^.;]{{0,40}}?\b(?:to|at|of|is|reached|de|à|est\s+de|s'élève\s+à)\s+(?:{Qualifier})?(?<n>{N})\b(?=(?<rest>(?:\s+[\p{{L}}'’-]+){{0,2}}))", Options, Timeout);

    private static readonly Regex Perpetrator = new(
        @"\b(?:attackers?|assailants?|gunm[ae]n|militants?|terrorists?|jihadists?|djihadistes?|jihadistes?|suspects?|bombers?|insurgents?|assaillants?|terroristes?|kamikazes?|assaillant|fighters|combattants|soldiers\s+killed\s+\d+)\b",
        Options, Timeout);

    private static readonly Regex NotACount = new(@"^(?:\s*(?:%|percent|pour\s+cent|years?|ans|pm|am|h\b|:|-year|km|kilomet|miles?|minutes?|hours?|heures?|days?|jours?))", Options, Timeout);
    private static readonly Regex KilledWord = new($@"^(?:{Killed})$", Options, Timeout);
    private static readonly Regex InjuredWord = new($@"^(?:{Injured})$", Options, Timeout);
    private static readonly Regex YearInSentence = new(@"\b(?:19|20)\d\d\b", Options, Timeout);
    private static readonly Regex MonthWord = new($@"\b(?:{CalendarWords.MonthPattern})\b", Options, Timeout);

    public static CasualtyFigures Find(AnalysedText text, DateOnly published)
    {
        CasualtyFigure? killed = null;
        CasualtyFigure? injured = null;
        foreach (var sentence in text.Sentences)
        {
            var s = text.SentenceText(sentence);
            if (AboutAnotherYear(s, published))
            {
                continue;
            }

            foreach (Match m in NumberThenWord.Matches(s))
            {
                var mid = m.Groups["mid"].Value;
                if (Perpetrator.IsMatch(mid) || MonthWord.IsMatch(mid) || NotACount.IsMatch(s[(m.Groups["n"].Index + m.Groups["n"].Length)..])
                    || InjuredWord.IsMatch(LastWord(mid)) || HasConjunction(mid) || HasKind(mid))
                {
                    continue;
                }

                Offer(m, sentence, KilledWord.IsMatch(Collapse(m.Groups["k"].Value)), ref killed, ref injured);
            }

            foreach (Match m in VerbThenNumber.Matches(s))
            {
                var verb = m.Groups["k"].Value.ToLowerInvariant();
                var rest = m.Groups["rest"].Value;
                if (Perpetrator.IsMatch(rest) || NotACount.IsMatch(s[(m.Groups["n"].Index + m.Groups["n"].Length)..]) || MonthWord.IsMatch(rest))
                {
                    continue;
                }

                bool isKilled;
                if (verb is "leaving" or "left")
                {
                    var next = FirstWord(rest);
                    if (KilledWord.IsMatch(next))
                    {
                        isKilled = true;
                    }
                    else if (InjuredWord.IsMatch(next))
                    {
                        isKilled = false;
                    }
                    else
                    {
                        continue;
                    }
                }
                else
                {
                    isKilled = verb is "killing" or "killed" or "murdering" or "tuant";
                }

                Offer(m, sentence, isKilled, ref killed, ref injured);
            }

            foreach (Match m in Toll.Matches(s))
            {
                if (InjuredWord.IsMatch(FirstWord(m.Groups["rest"].Value)) || NotACount.IsMatch(s[(m.Groups["n"].Index + m.Groups["n"].Length)..]))
                {
                    continue;
                }

                Offer(m, sentence, true, ref killed, ref injured);
            }
        }

        return new CasualtyFigures(killed, injured);
    }

    private static bool HasConjunction(string mid) =>
        mid.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("et", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase));

    private static bool HasKind(string mid)
    {
        foreach (var word in mid.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (KilledWord.IsMatch(word) || InjuredWord.IsMatch(word))
            {
                return true;
            }
        }

        return false;
    }

    private static void Offer(Match m, Sentence sentence, bool isKilled, ref CasualtyFigure? killed, ref CasualtyFigure? injured)
    {
        var n = NumberWords.Parse(m.Groups["n"].Value);
        if (n is null || n is >= 1900 and <= 2100)
        {
            return;
        }

        var figure = new CasualtyFigure(n.Value, new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length));
        if (isKilled)
        {
            killed = killed is null || figure.Count > killed.Count ? figure : killed;
        }
        else
        {
            injured = injured is null || figure.Count > injured.Count ? figure : injured;
        }
    }

    private static bool AboutAnotherYear(string sentence, DateOnly published)
    {
        foreach (Match m in YearInSentence.Matches(sentence))
        {
            var year = int.Parse(m.Value, CultureInfo.InvariantCulture);
            if (year != published.Year && year != published.Year - 1)
            {
                return true;
            }
        }

        return false;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string FirstWord(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    private static string LastWord(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
}
