using Tocsin.Core;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Tocsin.Server.Ingest.Upload;

/// <summary>The text of a PDF file, page after page in reading order (PdfPig's content-order extractor). Only text the
/// file holds as text is found: a scanned page is an image and gives nothing (no character recognition).</summary>
internal static class PdfReportText
{
    /// <summary>The text and the document's title (its information dictionary), or <c>unreadable-pdf</c> for a damaged or
    /// password-protected file.</summary>
    public static Result<(string? Title, string Text)> Of(ReadOnlyMemory<byte> content)
    {
        try
        {
            // A font the file names but does not hold costs its text, not the whole file.
            using var document = PdfDocument.Open(content.ToArray(), new ParsingOptions { SkipMissingFonts = true });
            var pages = document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).Where(t => !string.IsNullOrWhiteSpace(t));
            var text = string.Join("\n\n", pages);
            var title = document.Information.Title;
            return (string.IsNullOrWhiteSpace(title) ? null : title.Trim(), text);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Unreadable("it is protected by a password; upload an unprotected copy");
        }
        catch (UglyToad.PdfPig.Core.PdfDocumentFormatException ex)
        {
            // The parser's own verdict on the client's file: a refusal of the input, not a fault of ours.
            return Unreadable($"it is damaged or not a PDF ({ex.Message})");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Found by fuzzing: on a damaged file PdfPig also throws what is not its own exception type —
            // InvalidOperationException for a page whose content does not parse, IndexOutOfRangeException for an object
            // offset past the end. The parser's only input is the client's file and this block calls nothing else, so
            // whatever it throws is a verdict on the file, not a fault of ours to answer with a 500.
            return Unreadable($"it is damaged ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private static Error Unreadable(string why) => new("unreadable-pdf", $"The PDF file cannot be read: {why}.") { Kind = ErrorKind.Invalid };
}
