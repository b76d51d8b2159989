using System.Net.Http.Headers;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Tocsin.Server.Tests.Ingest;

/// <summary>Report files for the upload tests, built in memory: a PDF written by PdfPig's builder, an HTML page, bytes
/// that are no report at all.</summary>
public static class ReportFiles
{
    /// <summary>A one-page PDF whose text is <paramref name="lines"/>, one per line.</summary>
    public static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        var y = 800.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(40, y), font);
            y -= 16;
        }

        return builder.Build();
    }

    /// <summary>An HTML page with a title, a script and a style around <paramref name="body"/> paragraphs.</summary>
    public static byte[] Html(string title, params string[] body) => Encoding.UTF8.GetBytes(
        $"<!DOCTYPE html><html><head><title>{title}</title><style>p {{ color: red }}</style></head><body>"
        + "<script>document.write('injected script text')</script>"
        + string.Concat(body.Select(p => $"<p>{p}</p>")) + "<noscript>enable scripts</noscript></body></html>");

    /// <summary>The start of a PNG image.</summary>
    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00];

    /// <summary>The file as a request body of <paramref name="mediaType"/>, as a client uploads it to the draft API.</summary>
    public static ByteArrayContent Body(byte[] file, string mediaType)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    /// <summary>The draft API's address with the report's source and date.</summary>
    public static string Url(string source = "AFP") => $"/api/v1/drafts?source={Uri.EscapeDataString(source)}&published=2024-03-22";
}
