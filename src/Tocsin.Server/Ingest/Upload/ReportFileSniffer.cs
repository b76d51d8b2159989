using System.Text;

namespace Tocsin.Server.Ingest.Upload;

/// <summary>Recognises an uploaded report by its first bytes. A file name or a declared media type says what the sender
/// believes; the bytes say what the file is, and the extractor that runs must match the bytes.</summary>
internal static class ReportFileSniffer
{
    // PDF readers accept the header anywhere in the first kilobyte (ISO 32000-1, annex H.3, note 1).
    private const int PdfHeaderWindow = 1024;

    private static readonly byte[] PdfHeader = "%PDF-"u8.ToArray();

    private static readonly string[] HtmlStarts = ["<!doctype html", "<html", "<head", "<body", "<!--"];

    /// <summary>The kind of <paramref name="content"/>: PDF by its header; binary data (a NUL byte outside a UTF-16 text
    /// marked by its byte-order mark) is unsupported; text whose first non-blank characters open an HTML document is
    /// HTML; any other text is text.</summary>
    public static ReportFileKind Of(ReadOnlySpan<byte> content)
    {
        if (content[..Math.Min(content.Length, PdfHeaderWindow)].IndexOf(PdfHeader) >= 0)
        {
            return ReportFileKind.Pdf;
        }

        var isUtf16 = content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!isUtf16 && content.IndexOf((byte)0) >= 0)
        {
            return ReportFileKind.Unsupported;
        }

        return LooksLikeHtml(content, isUtf16) ? ReportFileKind.Html : ReportFileKind.Text;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> content, bool isUtf16)
    {
        var head = content[..Math.Min(content.Length, 2048)];
        var text = isUtf16
            ? (content[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(head[2..(head.Length & ~1)])
            : Encoding.Latin1.GetString(head);
        var start = text.TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        return HtmlStarts.Any(s => start.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
