using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Tocsin.Server.Ingest.Upload;

/// <summary>The text a reader sees in an HTML page: scripts, styles and other non-rendered elements are dropped, block
/// elements start a new line, and runs of blank space collapse as a browser collapses them. The markup itself is
/// never kept, so nothing of the page is ever rendered or run later.</summary>
internal static class HtmlReportText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
        "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "figcaption", "hr", "main", "aside", "nav", "address",
    };

    /// <summary>The page's title (from <c>&lt;title&gt;</c>, or null) and its text. The encoding comes from a byte-order
    /// mark, then the page's own <c>&lt;meta charset&gt;</c>, then UTF-8.</summary>
    public static (string? Title, string Text) Of(ReadOnlyMemory<byte> content)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        using var document = new HtmlParser().ParseDocument(stream);
        var text = new StringBuilder();
        if (document.Body is { } body)
        {
            Append(body, text);
        }

        var title = string.IsNullOrWhiteSpace(document.Title) ? null : Collapse(document.Title);
        return (title, string.Join('\n', text.ToString().Split('\n').Select(Collapse).Where(l => l.Length > 0)));
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText part:
                    text.Append(part.Data);
                    break;
                case IElement element when Dropped.Contains(element.LocalName):
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    Append(element, text);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }

    private static string Collapse(string line) =>
        string.Join(' ', line.Split((char[])[' ', '\t', '\r', '\f', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
