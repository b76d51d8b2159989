namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Month and weekday names in English and French, folded to lower case without accents.</summary>
internal static class CalendarWords
{
    public const string MonthPattern =
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|"
        + "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";

    public const string WeekdayPattern = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["janvier"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["février"] = 2,
        ["fevrier"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["mars"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["avril"] = 4,
        ["may"] = 5,
        ["mai"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["juin"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["juillet"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["août"] = 8,
        ["aout"] = 8,
        ["september"] = 9,
        ["sept"] = 9,
        ["sep"] = 9,
        ["septembre"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["octobre"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["novembre"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
        ["décembre"] = 12,
        ["decembre"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday,
        ["lundi"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["mardi"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["mercredi"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["jeudi"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["vendredi"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["samedi"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
        ["dimanche"] = DayOfWeek.Sunday,
    };

    public static int Month(string word) => Months[word];

    /// <summary>Whether a folded word key is a month name or abbreviation.</summary>
    public static bool IsMonthKey(string key) => Months.ContainsKey(key);

    public static DayOfWeek Weekday(string word) => Weekdays[word];

    /// <summary>English month and weekday names are capitalised; a lower-case "may" or "march" is a verb.</summary>
    public static bool IsEnglishWordLowerCase(string surface) =>
        char.IsLower(surface[0]) && surface.ToLowerInvariant() is "may" or "march" or "mar" or "jan" or "dec" or "sept" or "oct" or "nov" or "aug" or "jun" or "jul" or "apr" or "feb" or "sep"
            or "january" or "february" or "april" or "june" or "july" or "august" or "september" or "october" or "november" or "december"
            or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";
}
