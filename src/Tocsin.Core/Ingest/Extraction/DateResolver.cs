using System.Globalization;
using System.Text.RegularExpressions;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Finds dates and resolves them against the publication date (docs/ingest.md, "Dates"):
/// "22 March 2024", "March 24" (the latest such day not after publication, allowing two days ahead),
/// "in January" (the latest January not after publication), "on Friday night" (the latest Friday on or
/// before publication), "yesterday", and ranges such as "in recent months" (six months up to publication).</summary>
internal static class DateResolver
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private const string M = CalendarWords.MonthPattern;
    private const string W = CalendarWords.WeekdayPattern;

    private static readonly Regex Iso = new(@"\b(?<y>(?:19|20)[0-9][0-9])-(?<mo>[01][0-9])-(?<d>[0-3][0-9])\b", Options, Timeout);
    private static readonly Regex DayMonth = new($@"\b(?<d>[0-3]?[0-9]|1er)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>{M})\b\.?(?:,?\s+(?<y>(?:19|20)[0-9][0-9])\b)?", Options, Timeout);
    private static readonly Regex MonthDay = new($@"\b(?<m>{M})\.?\s+(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9:])(?:,?\s+(?<y>(?:19|20)[0-9][0-9])\b)?", Options, Timeout);
    private static readonly Regex MonthYear = new($@"\b(?<m>{M})\s+(?<y>(?:19|20)[0-9][0-9])\b", Options, Timeout);
    private static readonly Regex BareMonth = new($@"\b(?:in|since|until|by|early|late|mid|en|depuis|début|debut|fin|mi|courant|jusqu'en|au\s+mois\s+de)[\s-]+(?<m>{M})\b(?!\.?\s+[0-9])", Options, Timeout);
    private static readonly Regex Weekday = new($@"\b(?:(?<last>last|dernier)\s+)?(?<w>{W})(?:\s+(?:night|evening|morning|afternoon|soir|matin|après-midi|dernier))?\b", Options, Timeout);
    private static readonly Regex Relative = new(@"\b(?<rel>yesterday|today|this\s+morning|last\s+night|overnight|hier(?:\s+soir)?|aujourd'hui|aujourd’hui|ce\s+matin|cette\s+nuit|la\s+nuit\s+dernière|in\s+recent\s+months|in\s+the\s+(?:past|last|preceding)\s+(?:few\s+|several\s+)?months|over\s+the\s+past\s+(?:few\s+)?months|ces\s+derniers\s+mois|au\s+cours\s+des\s+derniers\s+mois|dans\s+les\s+mois\s+précédents|in\s+recent\s+weeks|in\s+the\s+(?:past|last)\s+(?:few\s+)?weeks|ces\s+dernières\s+semaines|last\s+week|la\s+semaine\s+dernière|last\s+month|le\s+mois\s+dernier|last\s+year|l'an\s+dernier|l’an\s+dernier|l'année\s+dernière|l’année\s+dernière|earlier\s+this\s+year)\b", Options, Timeout);
    private static readonly Regex BareYear = new(@"\b(?:in|since|en|depuis)\s+(?<y>(?:19|20)[0-9][0-9])\b", Options, Timeout);

    public static List<DateMention> Find(AnalysedText text, DateOnly published)
    {
        var candidates = new List<DateMention>();
        var s = text.Text;
        Add(candidates, Iso, s, m => Day(m, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)));
        Add(candidates, DayMonth, s, m => MonthAndDay(m, published));
        Add(candidates, MonthDay, s, m => MonthAndDay(m, published));
        Add(candidates, MonthYear, s, m => Month(m, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)));
        Add(candidates, BareMonth, s, m => Month(m, null, published));
        Add(candidates, Weekday, s, m => OnWeekday(m, published));
        Add(candidates, Relative, s, m => RelativeTo(m, published));
        Add(candidates, BareYear, s, m => Year(m));
        candidates.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var chosen = new List<DateMention>();
        foreach (var candidate in candidates)
        {
            if (chosen.Count == 0 || !chosen[^1].Span.Overlaps(candidate.Span))
            {
                chosen.Add(candidate);
            }
        }

        return chosen;
    }

    private static void Add(List<DateMention> into, Regex regex, string text, Func<Match, DateMention?> resolve)
    {
        foreach (Match match in regex.Matches(text))
        {
            if (resolve(match) is { } mention)
            {
                into.Add(mention);
            }
        }
    }

    private static TextSpan SpanOf(Match m) => new(m.Index, m.Index + m.Length);

    private static DateMention? Day(Match m, int year, int month, int day) =>
        day >= 1 && month is >= 1 and <= 12 && day <= DateTime.DaysInMonth(year, month)
            ? new DateMention(SpanOf(m), new DateOnly(year, month, day), new DateOnly(year, month, day), DatePrecision.Day)
            : null;

    private static DateMention? MonthAndDay(Match m, DateOnly published)
    {
        var monthWord = m.Groups["m"].Value;
        if (CalendarWords.IsEnglishWordLowerCase(monthWord))
        {
            return null;
        }

        var month = CalendarWords.Month(monthWord);
        var dayText = m.Groups["d"].Value;
        var day = dayText == "1er" ? 1 : int.Parse(dayText, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Success)
        {
            return Day(m, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, day);
        }

        var year = published.Year;
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        if (new DateOnly(year, month, day) > published.AddDays(2))
        {
            year--;
        }

        return Day(m, year, month, day);
    }

    private static DateMention? Month(Match m, int? year, DateOnly published = default)
    {
        var monthWord = m.Groups["m"].Value;
        if (CalendarWords.IsEnglishWordLowerCase(monthWord))
        {
            return null;
        }

        var month = CalendarWords.Month(monthWord);
        var y = year ?? (month <= published.Month ? published.Year : published.Year - 1);
        var first = new DateOnly(y, month, 1);
        return new DateMention(SpanOf(m), first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    private static DateMention? Year(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return new DateMention(SpanOf(m), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
    }

    private static DateMention? OnWeekday(Match m, DateOnly published)
    {
        var word = m.Groups["w"].Value;
        if (CalendarWords.IsEnglishWordLowerCase(word))
        {
            return null;
        }

        var target = CalendarWords.Weekday(word);
        var back = ((int)published.DayOfWeek - (int)target + 7) % 7;
        if (back == 0 && m.Groups["last"].Success)
        {
            back = 7;
        }

        var day = published.AddDays(-back);
        return new DateMention(SpanOf(m), day, day, DatePrecision.Day);
    }

    private static DateMention? RelativeTo(Match m, DateOnly published)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant().Replace('’', '\'');
        var span = SpanOf(m);
        DateMention OneDay(DateOnly d) => new(span, d, d, DatePrecision.Day);
        DateMention Range(DateOnly first) => new(span, first, published, DatePrecision.Range);
        if (rel.StartsWith("yesterday", StringComparison.Ordinal) || rel.StartsWith("hier", StringComparison.Ordinal) || rel is "last night" or "overnight" || rel.StartsWith("cette", StringComparison.Ordinal) || rel.StartsWith("la nuit", StringComparison.Ordinal))
        {
            return OneDay(published.AddDays(-1));
        }

        if (rel is "today" or "aujourd'hui" || rel.EndsWith("morning", StringComparison.Ordinal) || rel.EndsWith("matin", StringComparison.Ordinal))
        {
            return OneDay(published);
        }

        if (rel.Contains("week", StringComparison.Ordinal) || rel.Contains("semaine", StringComparison.Ordinal))
        {
            if (rel.StartsWith("last week", StringComparison.Ordinal) || rel.StartsWith("la semaine", StringComparison.Ordinal))
            {
                var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7) - 7);
                return new DateMention(span, monday, monday.AddDays(6), DatePrecision.Range);
            }

            return Range(published.AddDays(-28));
        }

        if (rel is "last month" or "le mois dernier")
        {
            var first = new DateOnly(published.Year, published.Month, 1).AddMonths(-1);
            return new DateMention(span, first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
        }

        if (rel.Contains("year", StringComparison.Ordinal) || rel.Contains("l'an", StringComparison.Ordinal) || rel.Contains("année", StringComparison.Ordinal))
        {
            if (rel.StartsWith("earlier", StringComparison.Ordinal))
            {
                return Range(new DateOnly(published.Year, 1, 1));
            }

            var year = published.Year - 1;
            return new DateMention(span, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
        }

        return Range(published.AddMonths(-6));
    }
}
