namespace Tocsin.Core.Ingest.Text;

/// <summary>Finds the datelines that open a wire story or a paragraph: "KARACHI, 3 May (Reuters) —",
/// "NAIROBI (AFP) -", "PARIS —", "Kabul, Aug 26 (Reuters) -". A dateline says where the story was filed,
/// not who speaks nor, by itself, where the event happened, so extractors set it aside.</summary>
/// <remarks>A line start, a place written in capitals (or capitalised and followed by an agency in
/// parentheses), an optional date after a comma, an optional agency in parentheses, then a dash or colon.</remarks>
internal static class DatelineFinder
{
    private const int MaxPlace = 40;
    private const int MaxWords = 4;
    private const int MaxDate = 24;
    private const int MaxAgency = 30;

    public static List<TextSpan> Find(string text)
    {
        var found = new List<TextSpan>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var at = lineStart;
            while (at < text.Length && text[at] is ' ' or '\t' or '\u00A0')
            {
                at++;
            }

            if (Match(text, at) is { } end)
            {
                found.Add(new TextSpan(at, end));
            }

            var next = text.IndexOf('\n', lineStart);
            if (next < 0)
            {
                break;
            }

            lineStart = next + 1;
        }

        return found;
    }

    /// <summary>The end (after the dash) of a dateline starting at <paramref name="start"/>, if there is one.</summary>
    private static int? Match(string text, int start)
    {
        var i = start;
        var placeEnd = Place(text, ref i, out var allCaps);
        if (placeEnd < 0)
        {
            return null;
        }

        if (i < text.Length && text[i] == ',')
        {
            var close = Scan(text, i + 1, MaxDate, c => c is '(' or '—' or '–' or '-' or ':' or '\n');
            if (close < 0)
            {
                return null;
            }

            i = close;
        }

        i = SkipSpaces(text, i);
        var agency = false;
        if (i < text.Length && text[i] == '(')
        {
            var close = Scan(text, i + 1, MaxAgency, c => c is ')' or '\n');
            if (close < 0 || text[close] != ')')
            {
                return null;
            }

            agency = true;
            i = SkipSpaces(text, close + 1);
        }

        if (!allCaps && !agency)
        {
            return null;
        }

        // "ISIS: ..." is a headline (the first line); below it, "SRINAGAR:" and "ISLAMABAD, March 30:" are datelines.
        var colon = i < text.Length && text[i] == ':' && (agency || (allCaps && start > 0));
        if (i >= text.Length || text[i] is not ('—' or '–' or '-' or '\u2010' or '\u2212') && !colon)
        {
            return null;
        }

        var after = i + 1;
        while (after < text.Length && text[after] is '-' or '—')
        {
            after++;
        }

        return after < text.Length && text[after] is ' ' or '\u00A0' ? after : null;
    }

    /// <summary>Words starting with a capital, up to the comma, parenthesis or dash; all-capital words mark a
    /// dateline on their own.</summary>
    private static int Place(string text, ref int i, out bool allCaps)
    {
        allCaps = true;
        var start = i;
        var letters = 0;
        while (i < text.Length && i - start <= MaxPlace && text[i] is not (',' or '(' or '—' or '–' or ':' or '\n'))
        {
            var c = text[i];
            if (c == '-' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                break;
            }

            if (char.IsLetter(c))
            {
                letters++;
                allCaps &= char.IsUpper(c);
                if ((i == start || text[i - 1] == ' ') && !char.IsUpper(c))
                {
                    return -1;
                }
            }
            else if (c is not (' ' or '.' or '\'' or '’' or '-'))
            {
                return -1;
            }

            i++;
        }

        if (letters < 2 || i - start > MaxPlace || text[start..i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return -1;
        }

        var end = i;
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        i = end;
        return end;
    }

    private static int Scan(string text, int from, int max, Func<char, bool> stop)
    {
        for (var i = from; i < text.Length && i - from <= max; i++)
        {
            if (stop(text[i]))
            {
                return text[i] == '\n' ? -1 : i;
            }
        }

        return -1;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        return i;
    }
}
