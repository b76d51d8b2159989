using System.Globalization;

namespace Tocsin.Core.Ingest;

/// <summary>The expected failures of ingest, with stable codes: <c>empty-text</c>, <c>binary-content</c>,
/// <c>too-large</c>, <c>unknown-encoding</c>, <c>unsupported-language</c>, <c>invalid-input</c>.</summary>
public static class IngestErrors
{
    /// <summary>The text is empty or only white space.</summary>
    public static Error EmptyText() => new("empty-text", "The report is empty: paste or upload the text of a report.");

    /// <summary>The bytes are not text (NUL bytes or many control characters).</summary>
    public static Error Binary() => new("binary-content", "This file is not text (it contains binary data such as NUL bytes). Upload the report as plain text.");

    /// <summary>The input exceeds the limit.</summary>
    public static Error TooLarge(long size, long limit) => new("too-large", string.Create(CultureInfo.InvariantCulture,
        $"The report is too large ({size:N0} bytes; the limit is {limit:N0} bytes). Ingest one report at a time."));

    /// <summary>The bytes are not valid in the declared or default encoding.</summary>
    public static Error UnknownEncoding(string detail) => new("unknown-encoding",
        $"The text could not be decoded: {detail} Save it as UTF-8, or declare its encoding (iso-8859-1, windows-1252, utf-16).");

    /// <summary>The language is neither English nor French.</summary>
    public static Error UnsupportedLanguage(string guess) => new("unsupported-language", guess == "und"
        ? "The language of the report could not be recognised; ingest reads English and French. Choose the language if it is one of them."
        : $"The report appears to be in '{guess}'; ingest reads English (en) and French (fr) only.");

    /// <summary>A caller error in the input (e.g. no source).</summary>
    public static Error Invalid(string message) => new("invalid-input", message);
}
