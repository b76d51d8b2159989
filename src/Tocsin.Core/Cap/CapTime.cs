using System.Globalization;

namespace Tocsin.Core.Cap;

/// <summary>The CAP date-time form <c>YYYY-MM-DDThh:mm:ss±hh:mm</c> (CAP 1.2 §3.3.2 and the <c>sent</c>,
/// <c>effective</c>, <c>onset</c>, <c>expires</c> patterns of the XSD): whole seconds, a numeric offset,
/// never the letter <c>Z</c>; UTC is written <c>-00:00</c>.</summary>
public static class CapTime
{
    private const string Pattern = "yyyy-MM-dd'T'HH:mm:sszzz";
    private const int Length = 25; // "2024-03-24T19:30:00-00:00"

    /// <summary>True when <paramref name="value"/> can be written exactly: CAP carries no fractions of a
    /// second, so a value with sub-second ticks would be silently changed.</summary>
    public static bool IsWholeSeconds(DateTimeOffset value) => value.Ticks % TimeSpan.TicksPerSecond == 0;

    /// <summary>Writes <paramref name="value"/> in its own offset; a zero offset is written <c>-00:00</c>
    /// as §3.3.2 requires (never <c>+00:00</c> or <c>Z</c>).</summary>
    /// <exception cref="ArgumentException">The value has fractions of a second; validate first
    /// (<see cref="CapValidator"/> reports them as <c>cap-time-fraction</c>).</exception>
    public static string Format(DateTimeOffset value)
    {
        if (!IsWholeSeconds(value))
        {
            throw new ArgumentException("CAP date-times carry whole seconds only; truncate before writing.", nameof(value));
        }

        var local = value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var offset = value.Offset;
        if (offset == TimeSpan.Zero)
        {
            return local + "-00:00";
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{local}{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }

    /// <summary>Reads the strict CAP form: exactly <c>YYYY-MM-DDThh:mm:ss</c> followed by <c>+hh:mm</c> or
    /// <c>-hh:mm</c>. Refused: <c>Z</c>, fractions of a second, a missing offset, surrounding whitespace,
    /// impossible dates and offsets beyond ±14:00. <c>+00:00</c> is accepted on reading (some senders
    /// use it) and means the same instant as <c>-00:00</c>.</summary>
    /// <returns>The instant with the offset as written, or <c>cap-time</c>.</returns>
    public static Result<DateTimeOffset> Parse(string? text)
    {
        if (text is null || text.Length != Length || !HasCapShape(text)
            || !DateTimeOffset.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return new Error("cap-time", $"'{text}' is not a CAP date-time YYYY-MM-DDThh:mm:ss±hh:mm (no 'Z', no fractions).");
        }

        return value;
    }

    private static bool HasCapShape(string text)
    {
        for (var i = 0; i < Length; i++)
        {
            var c = text[i];
            var ok = i switch
            {
                4 or 7 => c == '-',
                10 => c == 'T',
                13 or 16 or 22 => c == ':',
                19 => c is '+' or '-',
                _ => char.IsAsciiDigit(c),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
