using System.Globalization;
using System.Text;
using System.Xml;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Cap;

/// <summary>Writes a <see cref="CapAlert"/> as CAP 1.2 XML: UTF-8 without a byte-order mark, the
/// declaration <c>&lt;?xml version="1.0" encoding="UTF-8"?&gt;</c>, the default namespace
/// <c>urn:oasis:names:tc:emergency:cap:1.2</c>, elements in the order of the XSD's <c>xs:sequence</c>
/// (§3.4), two-space indentation and <c>\n</c> line ends. The bytes are what every channel serves and
/// what a signature covers, so the same model always gives the same bytes.</summary>
public static class CapWriter
{
    private static readonly byte[] Declaration = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true, // written by hand: XmlWriter would spell the encoding "utf-8"
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // A carriage return in text is written as &#xD;, so it survives the parser's line-end normalisation.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>Validates with <see cref="CapValidator"/>, then writes. Warnings do not stop writing.</summary>
    /// <returns>The message bytes, or <c>cap-invalid</c> whose message lists every error found, one per
    /// line, each ending with its rule code in brackets (e.g. <c>[cap-polygon-not-closed]</c>).</returns>
    public static Result<byte[]> Write(CapAlert alert)
    {
        var errors = CapValidator.Validate(alert).Where(i => i.Severity == ValidationSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return new Error("cap-invalid", "The CAP message cannot be written:\n" + string.Join("\n", errors));
        }

        using var stream = new MemoryStream();
        stream.Write(Declaration);
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            WriteAlert(xml, alert);
        }

        return stream.ToArray();
    }

    private static void WriteAlert(XmlWriter xml, CapAlert alert)
    {
        xml.WriteStartElement("alert", CapXml.Namespace);
        Text(xml, "identifier", alert.Identifier);
        Text(xml, "sender", alert.Sender);
        Text(xml, "sent", CapTime.Format(alert.Sent));
        Text(xml, "status", CapVocabulary.ToWire(alert.Status));
        Text(xml, "msgType", CapVocabulary.ToWire(alert.MsgType));
        Text(xml, "source", alert.Source);
        Text(xml, "scope", CapVocabulary.ToWire(alert.Scope));
        Text(xml, "restriction", alert.Restriction);
        Text(xml, "addresses", alert.Addresses);
        foreach (var code in alert.Codes)
        {
            Text(xml, "code", code);
        }

        Text(xml, "note", alert.Note);
        // §3.2.1 references: extended message identifiers separated by whitespace; one space here.
        Text(xml, "references", string.Join(' ', alert.References.Select(r => r.ToWire())));
        Text(xml, "incidents", alert.Incidents);
        foreach (var info in alert.Infos)
        {
            WriteInfo(xml, info);
        }

        xml.WriteEndElement();
    }

    private static void WriteInfo(XmlWriter xml, CapInfo info)
    {
        xml.WriteStartElement("info", CapXml.Namespace);
        Text(xml, "language", info.Language);
        foreach (var category in info.Categories)
        {
            Text(xml, "category", CapVocabulary.ToWire(category));
        }

        Text(xml, "event", info.Event);
        foreach (var responseType in info.ResponseTypes)
        {
            Text(xml, "responseType", CapVocabulary.ToWire(responseType));
        }

        Text(xml, "urgency", CapVocabulary.ToWire(info.Urgency));
        Text(xml, "severity", CapVocabulary.ToWire(info.Severity));
        Text(xml, "certainty", CapVocabulary.ToWire(info.Certainty));
        Text(xml, "audience", info.Audience);
        Pairs(xml, "eventCode", info.EventCodes);
        Time(xml, "effective", info.Effective);
        Time(xml, "onset", info.Onset);
        Time(xml, "expires", info.Expires);
        Text(xml, "senderName", info.SenderName);
        Text(xml, "headline", info.Headline);
        Text(xml, "description", info.Description);
        Text(xml, "instruction", info.Instruction);
        Text(xml, "web", info.Web);
        Text(xml, "contact", info.Contact);
        Pairs(xml, "parameter", info.Parameters);
        foreach (var resource in info.Resources)
        {
            WriteResource(xml, resource);
        }

        foreach (var area in info.Areas)
        {
            WriteArea(xml, area);
        }

        xml.WriteEndElement();
    }

    private static void WriteResource(XmlWriter xml, CapResource resource)
    {
        xml.WriteStartElement("resource", CapXml.Namespace);
        Text(xml, "resourceDesc", resource.ResourceDesc);
        Text(xml, "mimeType", resource.MimeType);
        Text(xml, "size", resource.Size?.ToString(CultureInfo.InvariantCulture));
        Text(xml, "uri", resource.Uri);
        Text(xml, "derefUri", resource.DerefUri);
        Text(xml, "digest", resource.Digest);
        xml.WriteEndElement();
    }

    private static void WriteArea(XmlWriter xml, CapArea area)
    {
        xml.WriteStartElement("area", CapXml.Namespace);
        Text(xml, "areaDesc", area.AreaDesc);
        foreach (var polygon in area.Polygons)
        {
            Text(xml, "polygon", polygon);
        }

        foreach (var circle in area.Circles)
        {
            Text(xml, "circle", circle);
        }

        Pairs(xml, "geocode", area.Geocodes);
        Text(xml, "altitude", area.Altitude?.ToString(CultureInfo.InvariantCulture));
        Text(xml, "ceiling", area.Ceiling?.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void Pairs(XmlWriter xml, string name, IReadOnlyList<CapValuePair> pairs)
    {
        foreach (var pair in pairs)
        {
            xml.WriteStartElement(name, CapXml.Namespace);
            Text(xml, "valueName", pair.ValueName);
            // An empty value is still written: the XSD requires the element.
            xml.WriteElementString("value", CapXml.Namespace, pair.Value ?? "");
            xml.WriteEndElement();
        }
    }

    private static void Time(XmlWriter xml, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            Text(xml, name, CapTime.Format(v));
        }
    }

    private static void Text(XmlWriter xml, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            xml.WriteElementString(name, CapXml.Namespace, value);
        }
    }
}
