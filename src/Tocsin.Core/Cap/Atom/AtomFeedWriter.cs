using System.Globalization;
using System.Text;
using System.Xml;

namespace Tocsin.Core.Cap.Atom;

/// <summary>Writes the public CAP feed as an Atom 1.0 document (RFC 4287): UTF-8 without byte-order
/// mark, one entry per CAP message, newest first. Each entry has an <c>id</c>, a <c>title</c> (the
/// headline), <c>updated</c> (the message's <c>sent</c>), a <c>link rel="alternate"</c> of type
/// <c>application/cap+xml</c> to the message, an optional <c>summary</c> and a <c>category</c> whose
/// term is <c>level/territory</c>. Timestamps are RFC 3339 in UTC to the second (<c>…Z</c>); the CAP
/// form belongs to CAP only.</summary>
public static class AtomFeedWriter
{
    /// <summary>The Atom namespace.</summary>
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>The media type the feed is served with.</summary>
    public const string MediaType = "application/atom+xml";

    private static readonly byte[] Declaration = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>Validates, orders <paramref name="entries"/> by <c>sent</c> descending (ties: identifier
    /// descending, ordinal) and writes the feed.</summary>
    /// <returns>The feed bytes, or <c>atom-invalid</c> listing every problem: a feed id that is not a
    /// <c>tag:</c> or <c>urn:uuid:</c> URI, a missing title or author name, a self link or link base that
    /// is not absolute http(s), an entry that is not Actual and Public (exercises never reach the public
    /// feed), an entry without title, level or territory, a duplicate entry, an entry id that cannot be
    /// formed.</returns>
    public static Result<byte[]> Write(AtomFeed feed, IEnumerable<CapAlertSummary> entries)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = entries
            .OrderByDescending(e => e.Sent)
            .ThenByDescending(e => e.Identifier, StringComparer.Ordinal)
            .ToList();
        var problems = AtomFeedRules.Validate(feed, ordered);
        if (problems.Count > 0)
        {
            return new Error("atom-invalid", "The feed cannot be written:\n" + string.Join("\n", problems));
        }

        using var stream = new MemoryStream();
        stream.Write(Declaration);
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            WriteFeed(xml, feed, ordered);
        }

        return stream.ToArray();
    }

    /// <summary>RFC 3339 in UTC, whole seconds: <c>2024-03-24T19:30:00Z</c>.</summary>
    public static string FormatTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteFeed(XmlWriter xml, AtomFeed feed, List<CapAlertSummary> entries)
    {
        xml.WriteStartElement("feed", Namespace);
        if (!string.IsNullOrEmpty(feed.Language))
        {
            xml.WriteAttributeString("xml", "lang", null, feed.Language);
        }

        xml.WriteElementString("id", Namespace, feed.Id);
        xml.WriteElementString("title", Namespace, feed.Title);
        xml.WriteElementString("updated", Namespace, FormatTime(feed.Updated));
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, feed.Author.Name);
        Optional(xml, "uri", feed.Author.Uri);
        Optional(xml, "email", feed.Author.Email);
        xml.WriteEndElement();
        Link(xml, "self", MediaType, feed.SelfLink);
        foreach (var entry in entries)
        {
            WriteEntry(xml, feed, entry);
        }

        xml.WriteEndElement();
    }

    private static void WriteEntry(XmlWriter xml, AtomFeed feed, CapAlertSummary entry)
    {
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("id", Namespace, AtomLinks.EntryId(feed.Id, entry.Identifier));
        xml.WriteElementString("title", Namespace, entry.Title);
        xml.WriteElementString("updated", Namespace, FormatTime(entry.Sent));
        Link(xml, "alternate", CapXml.MediaType, AtomLinks.AlertHref(feed.AlertLinkBase, entry.Identifier));
        Optional(xml, "summary", entry.Summary);
        xml.WriteStartElement("category", Namespace);
        xml.WriteAttributeString("term", $"{entry.Level}/{entry.Territory}");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Optional(XmlWriter xml, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            xml.WriteElementString(name, Namespace, value);
        }
    }
}
