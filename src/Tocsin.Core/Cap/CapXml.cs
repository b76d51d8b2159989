namespace Tocsin.Core.Cap;

/// <summary>Names CAP 1.2 messages travel under.</summary>
public static class CapXml
{
    /// <summary>The declared XML namespace of CAP 1.2 (§3.4); the root element is <c>alert</c> in it.</summary>
    public const string Namespace = "urn:oasis:names:tc:emergency:cap:1.2";

    /// <summary>The media type a single CAP message is served and linked with.</summary>
    public const string MediaType = "application/cap+xml";

    /// <summary>The XML-Signature namespace: the XSD lets <c>alert</c> end with elements of it (§3.3.4.1),
    /// which is where an enveloped signature goes.</summary>
    public const string XmlDsigNamespace = "http://www.w3.org/2000/09/xmldsig#";
}
