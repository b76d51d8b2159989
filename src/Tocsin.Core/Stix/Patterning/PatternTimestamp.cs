namespace Tocsin.Core.Stix.Patterning;

/// <summary>The body of a <c>t'…'</c> literal, as TimestampLiteral of STIXPattern.g4 defines it:
/// <c>YYYY-MM-DDTHH:mm:ss[.s+]Z</c> with months 01–12, days 01–31, hours 00–23, seconds up to 60.</summary>
internal static class PatternTimestamp
{
    public static bool IsValid(ReadOnlySpan<char> s)
    {
        if (s.Length < 20 || s[^1] != 'Z' || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Digits(s[..4]) || !InRange(s[5..7], 1, 12) || !InRange(s[8..10], 1, 31) || !InRange(s[11..13], 0, 23)
            || !InRange(s[14..16], 0, 59) || !InRange(s[17..19], 0, 60))
        {
            return false;
        }

        var fraction = s[19..^1];
        return fraction.IsEmpty || (fraction.Length >= 2 && fraction[0] == '.' && Digits(fraction[1..]));
    }

    private static bool InRange(ReadOnlySpan<char> two, int min, int max)
    {
        if (!Digits(two))
        {
            return false;
        }

        var value = ((two[0] - '0') * 10) + (two[1] - '0');
        return value >= min && value <= max;
    }

    private static bool Digits(ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExceptInRange('0', '9');
}
