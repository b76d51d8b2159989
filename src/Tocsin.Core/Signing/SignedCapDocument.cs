using System.Text;
using System.Xml;
using Tocsin.Core.Cap;

namespace Tocsin.Core.Signing;

/// <summary>Loads CAP bytes into a DOM for signing or verifying, safely (no DTD, no resolver, at most
/// <see cref="CapReader.MaxBytes"/>), keeping whitespace so digests see the bytes as written; and writes
/// the DOM back as UTF-8 in <see cref="CapWriter"/>'s layout.</summary>
internal static class SignedCapDocument
{
    private static readonly byte[] Declaration = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = CapReader.MaxBytes,
        MaxCharactersFromEntities = CapReader.MaxBytes,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true, // written by hand, as CapWriter does
        Indent = false,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>The document, whose root is a CAP 1.2 <c>alert</c>, or <c>unsignable-content</c>.</summary>
    public static Result<XmlDocument> Load(byte[] xml)
    {
        if (xml.Length > CapReader.MaxBytes)
        {
            return SignatureErrors.Unsignable($"The message has {xml.Length} bytes; at most {CapReader.MaxBytes} are read.");
        }

        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), ReaderSettings);
            document.Load(reader);
        }
        catch (XmlException ex)
        {
            return SignatureErrors.Unsignable($"Not well-formed XML, or a DTD (refused): {ex.Message}");
        }

        var root = document.DocumentElement;
        if (root is null || root.LocalName != "alert" || root.NamespaceURI != CapXml.Namespace)
        {
            return SignatureErrors.Unsignable($"Not a CAP 1.2 message: the root must be 'alert' in {CapXml.Namespace}.");
        }

        return document;
    }

    public static byte[] Save(XmlDocument document)
    {
        using var stream = new MemoryStream();
        stream.Write(Declaration);
        var hasDeclaration = document.FirstChild is XmlDeclaration;
        if (!hasDeclaration)
        {
            stream.WriteByte((byte)'\n');
        }

        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
