using Tocsin.Core;
using Tocsin.Core.Ingest;

namespace Tocsin.Server.Ingest.Upload;

/// <summary>An uploaded report file turned into report text, the same way for the API and the ingest page
/// (docs/ingest.md, "Upload"). The kind is read from the content (<see cref="ReportFileSniffer"/>): plain text (UTF-8,
/// UTF-16 with its byte-order mark, or the declared charset), HTML (its visible text, scripts and styles dropped) or PDF
/// (the text of its pages). Refusals: <c>too-large</c> over <see cref="IngestLimits.MaxBytes"/>, <c>unsupported-file-type</c>
/// (415) for anything else, <c>unreadable-pdf</c>, and the text checks of <see cref="IngestInput"/>.</summary>
public static class ReportFile
{
    /// <summary>The media types named in the refusal of an unsupported file, for the person who sent it.</summary>
    public const string Accepted = "plain text, HTML or PDF";

    /// <summary>The text of <paramref name="content"/> and, for HTML and PDF, the document's own title (or null).</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="declaredCharset">The charset the sender declared for a text file, or null (UTF-8).</param>
    public static Result<(string? Title, string Text)> Read(ReadOnlyMemory<byte> content, string? declaredCharset)
    {
        if (content.Length > IngestLimits.MaxBytes)
        {
            return IngestErrors.TooLarge(content.Length, IngestLimits.MaxBytes);
        }

        if (content.Length == 0)
        {
            return IngestErrors.EmptyText();
        }

        switch (ReportFileSniffer.Of(content.Span))
        {
            case ReportFileKind.Pdf:
                var pdf = PdfReportText.Of(content);
                return pdf.IsSuccess ? Checked(pdf.Value.Title, pdf.Value.Text, "The PDF file holds no text (a scanned page is an image): paste the text instead.") : pdf.Error;
            case ReportFileKind.Html:
                var (title, text) = HtmlReportText.Of(content);
                return Checked(title, text, "The HTML page shows no text.");
            case ReportFileKind.Text:
                var decoded = IngestInput.Decode(content.Span, declaredCharset);
                return decoded.IsSuccess ? (null, decoded.Value) : decoded.Error;
            case ReportFileKind.Unsupported:
                return Unsupported();
        }

        return Unsupported();
    }

    /// <summary>The refusal of a file that is neither text, HTML nor PDF.</summary>
    public static Error Unsupported() => new("unsupported-file-type",
        $"This file is not a report Tocsin can read: upload {Accepted} (the kind is read from the file's content, not its name).")
    { Kind = ErrorKind.UnsupportedMediaType };

    private static Result<(string? Title, string Text)> Checked(string? title, string text, string whenEmpty)
    {
        var checkedText = IngestInput.Check(text);
        if (checkedText.IsSuccess)
        {
            return (title, checkedText.Value);
        }

        return checkedText.Error.Code == "empty-text" ? new Error("empty-text", whenEmpty) : checkedText.Error;
    }
}
