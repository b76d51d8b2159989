using System.Xml;
using Tocsin.Core.Cap;

namespace Tocsin.Core.Signing;

/// <summary>Checks that a signed CAP document holds exactly one signature in Tocsin's profile (see
/// <see cref="CapSignature"/>) before any cryptography is attempted.</summary>
internal static class XmlDsigProfile
{
    private const string Ds = CapXml.XmlDsigNamespace;

    public static Result<(XmlElement Signature, string Kid)> Check(XmlDocument document)
    {
        var root = document.DocumentElement!;
        var all = document.GetElementsByTagName("Signature", Ds);
        if (all.Count == 0)
        {
            return SignatureErrors.NoSignature("The message has no XML signature.");
        }

        if (all.Count > 1)
        {
            return SignatureErrors.Malformed("The message has more than one XML signature.");
        }

        var signature = (XmlElement)all[0]!;
        if (signature.ParentNode != root || Elements(root).Last() != signature)
        {
            return SignatureErrors.Malformed("The signature must be the last child element of 'alert'.");
        }

        var parts = Elements(signature).ToList();
        if (parts.Count != 3 || !Is(parts[0], "SignedInfo") || !Is(parts[1], "SignatureValue") || !Is(parts[2], "KeyInfo"))
        {
            return SignatureErrors.Malformed("The signature must hold exactly SignedInfo, SignatureValue and KeyInfo (no Object).");
        }

        var signedInfo = CheckSignedInfo(parts[0]);
        if (!signedInfo.IsSuccess)
        {
            return signedInfo.Error;
        }

        var keyNames = Elements(parts[2]).ToList();
        return keyNames.Count == 1 && Is(keyNames[0], "KeyName") && keyNames[0].InnerText.Trim() is { Length: > 0 } kid
            ? (signature, kid)
            : SignatureErrors.Malformed("KeyInfo must hold exactly one KeyName naming the key id.");
    }

    private static Result<Unit> CheckSignedInfo(XmlElement signedInfo)
    {
        var parts = Elements(signedInfo).ToList();
        if (parts.Count != 3 || !Is(parts[0], "CanonicalizationMethod") || !Is(parts[1], "SignatureMethod") || !Is(parts[2], "Reference"))
        {
            return SignatureErrors.Malformed("SignedInfo must hold CanonicalizationMethod, SignatureMethod and exactly one Reference.");
        }

        if (Algorithm(parts[0]) != SigningAlgorithms.ExclusiveC14N || Elements(parts[0]).Any())
        {
            return SignatureErrors.WrongAlgorithm("The canonicalization method", Algorithm(parts[0]));
        }

        if (Algorithm(parts[1]) != SigningAlgorithms.XmlDsigRsaSha256 || Elements(parts[1]).Any())
        {
            return SignatureErrors.WrongAlgorithm("The signature method", Algorithm(parts[1]));
        }

        return CheckReference(parts[2]);
    }

    private static Result<Unit> CheckReference(XmlElement reference)
    {
        var uri = reference.GetAttributeNode("URI");
        if (uri is null || uri.Value.Length != 0 || reference.Attributes.Count != 1)
        {
            return SignatureErrors.Malformed("The reference must be URI=\"\": the whole message, not a part of it.");
        }

        var parts = Elements(reference).ToList();
        if (parts.Count != 3 || !Is(parts[0], "Transforms") || !Is(parts[1], "DigestMethod") || !Is(parts[2], "DigestValue"))
        {
            return SignatureErrors.Malformed("The reference must hold Transforms, DigestMethod and DigestValue.");
        }

        var transforms = Elements(parts[0]).ToList();
        if (transforms.Count != 2 || !transforms.All(t => Is(t, "Transform") && !Elements(t).Any())
            || Algorithm(transforms[0]) != SigningAlgorithms.EnvelopedSignature
            || Algorithm(transforms[1]) != SigningAlgorithms.ExclusiveC14N)
        {
            return SignatureErrors.Malformed("The reference transforms must be exactly enveloped-signature, then exclusive c14n.");
        }

        return Algorithm(parts[1]) == SigningAlgorithms.XmlDsigSha256
            ? Unit.Value
            : SignatureErrors.WrongAlgorithm("The digest method", Algorithm(parts[1]));
    }

    private static IEnumerable<XmlElement> Elements(XmlNode parent) => parent.ChildNodes.OfType<XmlElement>();

    private static bool Is(XmlElement element, string localName) =>
        element.LocalName == localName && element.NamespaceURI == Ds;

    private static string? Algorithm(XmlElement element) =>
        element.GetAttributeNode("Algorithm")?.Value;
}
