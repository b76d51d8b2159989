using System.Globalization;

namespace Tocsin.Core.Stix;

/// <summary>A STIX timestamp (STIX 2.1 §2.15): RFC 3339, UTC, upper-case <c>T</c> and <c>Z</c>,
/// any number of fraction digits. The text received is kept as is; comparisons use the instant.</summary>
/// <remarks>The instant has .NET's 100 ns resolution: fraction digits beyond the seventh are kept
/// in <see cref="Text"/> but do not distinguish two instants.</remarks>
public readonly record struct StixTimestamp : IComparable<StixTimestamp>
{
    private StixTimestamp(string text, DateTimeOffset instant, int fractionDigits)
    {
        Text = text;
        Instant = instant;
        FractionDigits = fractionDigits;
    }

    /// <summary>The timestamp exactly as received or written.</summary>
    public string Text { get; }

    /// <summary>The moment it names, in UTC.</summary>
    public DateTimeOffset Instant { get; }

    /// <summary>How many digits follow the decimal point in <see cref="Text"/> (0 when none).</summary>
    public int FractionDigits { get; }

    /// <summary>Parses the strict STIX form; returns false for anything else (offsets other than
    /// <c>Z</c>, lower-case letters, missing seconds, impossible dates).</summary>
    public static bool TryParse(string? text, out StixTimestamp timestamp)
    {
        timestamp = default;
        if (text is null || text.Length < 20 || text[^1] != 'Z')
        {
            return false;
        }

        ReadOnlySpan<char> s = text;
        if (!IsDigits(s[0..4]) || s[4] != '-' || !IsDigits(s[5..7]) || s[7] != '-' || !IsDigits(s[8..10])
            || s[10] != 'T' || !IsDigits(s[11..13]) || s[13] != ':' || !IsDigits(s[14..16]) || s[16] != ':'
            || !IsDigits(s[17..19]))
        {
            return false;
        }

        var fraction = s[19..^1];
        var digits = 0;
        long ticks = 0;
        if (fraction.Length > 0)
        {
            if (fraction[0] != '.' || fraction.Length < 2 || !IsDigits(fraction[1..]))
            {
                return false;
            }

            digits = fraction.Length - 1;
            var kept = fraction[1..Math.Min(fraction.Length, 8)];
            ticks = long.Parse(kept, NumberStyles.None, CultureInfo.InvariantCulture);
            for (var i = kept.Length; i < 7; i++)
            {
                ticks *= 10;
            }
        }

        if (!DateTime.TryParseExact(s[..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var whole))
        {
            return false;
        }

        timestamp = new StixTimestamp(text, new DateTimeOffset(whole.AddTicks(ticks), TimeSpan.Zero), digits);
        return true;
    }

    /// <summary>Parses the strict STIX form or throws <see cref="FormatException"/>.</summary>
    public static StixTimestamp Parse(string text) =>
        TryParse(text, out var timestamp) ? timestamp : throw new FormatException($"'{text}' is not a STIX timestamp.");

    /// <summary>A timestamp Tocsin creates: UTC with exactly three fraction digits (milliseconds),
    /// as DESIGN requires for Tocsin's own timestamps. Sub-millisecond parts are truncated.</summary>
    public static StixTimestamp FromInstant(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        var truncated = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var text = truncated.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return new StixTimestamp(text, truncated, 3);
    }

    /// <summary>A sortable key naming the instant at 100 ns resolution; two timestamps that name the
    /// same instant (e.g. <c>…:00Z</c> and <c>…:00.000Z</c>) have the same key.</summary>
    public string InstantKey => Instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public int CompareTo(StixTimestamp other) => Instant.CompareTo(other.Instant);

    /// <summary>True when both name the same instant, however they are written.</summary>
    public bool SameInstantAs(StixTimestamp other) => Instant == other.Instant;

    /// <summary>Earlier instant.</summary>
    public static bool operator <(StixTimestamp left, StixTimestamp right) => left.CompareTo(right) < 0;

    /// <summary>Later instant.</summary>
    public static bool operator >(StixTimestamp left, StixTimestamp right) => left.CompareTo(right) > 0;

    /// <summary>Earlier or same instant.</summary>
    public static bool operator <=(StixTimestamp left, StixTimestamp right) => left.CompareTo(right) <= 0;

    /// <summary>Later or same instant.</summary>
    public static bool operator >=(StixTimestamp left, StixTimestamp right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Text;

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return span.Length > 0;
    }
}
