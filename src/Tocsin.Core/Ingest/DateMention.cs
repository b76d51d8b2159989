using System.Globalization;

namespace Tocsin.Core.Ingest;

/// <summary>A date named in the report, resolved against the publication date: the first and last day it
/// can mean (equal for <see cref="DatePrecision.Day"/>).</summary>
/// <param name="Span">Where it is written.</param>
/// <param name="First">First calendar day meant (UTC calendar).</param>
/// <param name="Last">Last calendar day meant.</param>
/// <param name="Precision">Day, month, year or range.</param>
public sealed record DateMention(TextSpan Span, DateOnly First, DateOnly Last, DatePrecision Precision)
{
    /// <summary>The value as written in evaluation files: <c>yyyy-MM-dd</c>, <c>yyyy-MM</c>, <c>yyyy</c>, or
    /// <c>yyyy-MM-dd..yyyy-MM-dd</c> for a range.</summary>
    public string Value => Precision switch
    {
        DatePrecision.Day => First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => First.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Range => First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
