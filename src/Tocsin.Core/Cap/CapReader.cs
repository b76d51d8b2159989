using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Tocsin.Core.Cap;

/// <summary>Reads CAP 1.2 XML into a <see cref="CapAlert"/>, strictly and safely: DTDs are prohibited
/// (so no entity is ever expanded or fetched: XXE and entity-expansion attacks are refused unread), no
/// resolver is set, input is capped at <see cref="MaxBytes"/>, and the structure must follow the XSD's
/// sequence. The encoding is taken from the XML declaration (UTF-8 and ISO-8859-1 both read).</summary>
/// <remarks>Reading checks form (names, order, cardinality, vocabularies, date-times), not the
/// publication rules: run <see cref="CapValidator"/> on the result for those. A trailing XML-Signature
/// element is accepted and ignored here; checking it is the signature verifier's job.</remarks>
public static class CapReader
{
    /// <summary>The largest message read, in bytes (1 MiB); real CAP messages are a few kilobytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly XNamespace Cap = CapXml.Namespace;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxBytes,
        MaxCharactersFromEntities = MaxBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Parses one message.</summary>
    /// <returns>The model, or an error: <c>cap-too-large</c>; <c>cap-dtd-prohibited</c> (the document
    /// declares a DTD, as XXE attacks do); <c>cap-malformed-xml</c>; <c>cap-not-cap</c> (the root is not
    /// <c>alert</c> in the CAP 1.2 namespace); <c>cap-invalid</c>, whose message lists every structural
    /// problem found, one per line.</returns>
    public static Result<CapAlert> Read(byte[] xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > MaxBytes)
        {
            return new Error("cap-too-large", $"The message has {xml.Length} bytes; at most {MaxBytes} are read.");
        }

        var document = Load(xml);
        if (!document.IsSuccess)
        {
            return document.Error;
        }

        var root = document.Value.Root!;
        if (root.Name != Cap + "alert")
        {
            return new Error("cap-not-cap", $"The root element is {{{root.Name.NamespaceName}}}{root.Name.LocalName}; a CAP 1.2 message is an 'alert' in {CapXml.Namespace}.");
        }

        var problems = new List<string>();
        var alert = ReadAlert(new CapElementCursor(root, "/alert", problems));
        return problems.Count == 0
            ? alert
            : new Error("cap-invalid", "The message is not valid CAP 1.2:\n" + string.Join("\n", problems));
    }

    private static Result<XDocument> Load(byte[] xml)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), Settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex) when (DeclaresDtd(xml))
        {
            return new Error("cap-dtd-prohibited", $"The document declares a DTD (<!DOCTYPE>); CAP never needs one and DTDs carry external-entity (XXE) and entity-expansion attacks, so it is refused without being processed. ({ex.Message})");
        }
        catch (XmlException ex)
        {
            return new Error("cap-malformed-xml", $"The message is not well-formed XML: {ex.Message}");
        }
    }

    // Only used to name the refusal; the parser has already refused the DTD. Latin-1 maps every byte to
    // one char, so ASCII markup is found whatever the (ASCII-compatible) encoding.
    private static bool DeclaresDtd(byte[] xml) =>
        Encoding.Latin1.GetString(xml).Contains("<!DOCTYPE", StringComparison.Ordinal);

    private static CapAlert ReadAlert(CapElementCursor c)
    {
        var alert = new CapAlert
        {
            Identifier = c.Required("identifier"),
            Sender = c.Required("sender"),
            Sent = c.Time("sent", required: true) ?? default,
            Status = c.Parsed("status", true, CapVocabulary.ParseStatus, "a CAP status") ?? default,
            MsgType = c.Parsed("msgType", true, CapVocabulary.ParseMsgType, "a CAP msgType") ?? default,
            Source = c.Optional("source"),
            Scope = c.Parsed("scope", true, CapVocabulary.ParseScope, "a CAP scope") ?? default,
            Restriction = c.Optional("restriction"),
            Addresses = c.Optional("addresses"),
            Codes = c.Texts("code"),
            Note = c.Optional("note"),
            References = ReadReferences(c),
            Incidents = c.Optional("incidents"),
            Infos = c.All("info").Select((e, i) => CapInfoReader.Read(c.Child(e, $"info[{i + 1}]"))).ToList(),
        };
        c.End(allowSignature: true);
        return alert;
    }

    private static List<CapReference> ReadReferences(CapElementCursor c)
    {
        var references = new List<CapReference>();
        var text = c.Optional("references");
        foreach (var entry in (text ?? "").Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var reference = CapReference.Parse(entry);
            if (reference.IsSuccess)
            {
                references.Add(reference.Value);
            }
            else
            {
                c.Problem("references", reference.Error.Message);
            }
        }

        return references;
    }
}
