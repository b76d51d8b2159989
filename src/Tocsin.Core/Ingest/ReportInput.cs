namespace Tocsin.Core.Ingest;

/// <summary>A report to draft from.</summary>
/// <param name="Text">The report's text (any Unicode normalisation form; it is NFC-normalised first).</param>
/// <param name="Source">Who published it, e.g. "AFP" or a URL; becomes an identity and the report's
/// external reference. Required, non-empty.</param>
/// <param name="Published">When it was published; relative dates ("on Friday", "in January") are resolved
/// against its UTC calendar day. When null, the clock's current time is used.</param>
/// <param name="Language">"en" or "fr" to skip detection (e.g. when the analyst chose it); null to detect.</param>
public sealed record ReportInput(string Text, string Source, DateTimeOffset? Published = null, string? Language = null)
{
    /// <summary>A title for the draft report; when null, the first line of the text (at most 120 characters).</summary>
    public string? Title { get; init; }

    /// <summary>The identity of the organisation recording the draft (<c>created_by_ref</c> of every drafted
    /// object); omitted when null.</summary>
    public string? CreatedByRef { get; init; }
}
