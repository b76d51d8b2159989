using System.Globalization;

namespace Tocsin.Storage;

/// <summary>A <c>date_added</c> value: microseconds since the Unix epoch, from a monotonic clock, unique
/// within a collection or view (DESIGN "date_added").</summary>
public readonly record struct DateAddedStamp(long Microseconds) : IComparable<DateAddedStamp>
{
    /// <summary>The instant, at microsecond precision.</summary>
    public DateTimeOffset Instant => DateTimeOffset.UnixEpoch.AddTicks(Microseconds * 10);

    /// <summary>The stamp of an instant, truncated to the microsecond.</summary>
    public static DateAddedStamp FromInstant(DateTimeOffset instant) =>
        new((instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);

    /// <summary>TAXII's timestamp form with exactly six fraction digits, e.g. <c>2024-03-24T10:00:00.000001Z</c>
    /// (TAXII 2.1 §3.1: date_added at microsecond precision).</summary>
    public string ToTaxiiString() => Instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public int CompareTo(DateAddedStamp other) => Microseconds.CompareTo(other.Microseconds);

    /// <summary>Earlier.</summary>
    public static bool operator <(DateAddedStamp left, DateAddedStamp right) => left.Microseconds < right.Microseconds;

    /// <summary>Later.</summary>
    public static bool operator >(DateAddedStamp left, DateAddedStamp right) => left.Microseconds > right.Microseconds;

    /// <summary>Earlier or same.</summary>
    public static bool operator <=(DateAddedStamp left, DateAddedStamp right) => left.Microseconds <= right.Microseconds;

    /// <summary>Later or same.</summary>
    public static bool operator >=(DateAddedStamp left, DateAddedStamp right) => left.Microseconds >= right.Microseconds;

    /// <inheritdoc />
    public override string ToString() => ToTaxiiString();
}
