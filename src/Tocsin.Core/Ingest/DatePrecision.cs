namespace Tocsin.Core.Ingest;

/// <summary>How precisely a date mention names a time.</summary>
public enum DatePrecision
{
    /// <summary>One calendar day ("22 March 2024", "on Friday night", "yesterday").</summary>
    Day,

    /// <summary>One calendar month ("in January").</summary>
    Month,

    /// <summary>One calendar year ("last year", "in 2015").</summary>
    Year,

    /// <summary>A span of days with no single date ("in recent months", "last week").</summary>
    Range,
}
