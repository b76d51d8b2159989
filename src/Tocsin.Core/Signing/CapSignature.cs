using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using Tocsin.Core.Cap;

namespace Tocsin.Core.Signing;

/// <summary>Enveloped XML-Signature on CAP 1.2 messages (CAP §3.3.4.1), one fixed profile:
/// <c>Reference URI=""</c> (the whole message) with the enveloped-signature and exclusive c14n
/// transforms, DigestMethod sha256, SignatureMethod rsa-sha256, CanonicalizationMethod exclusive c14n,
/// and <c>KeyInfo/KeyName</c> holding the kid. The <c>ds:Signature</c> element is the last child of
/// <c>alert</c>, where the CAP XSD allows it; everything else in the message is left byte for byte as
/// given.</summary>
/// <remarks>Verification accepts that profile only: anything else is refused before any cryptography,
/// which closes signature-wrapping (a reference to part of the document, a signature moved elsewhere or
/// doubled, content carried in <c>ds:Object</c>) and algorithm-confusion attacks.</remarks>
public static class CapSignature
{
    /// <summary>Signs a CAP message (typically <see cref="CapWriter.Write"/>'s bytes) with <paramref name="key"/>.</summary>
    /// <returns>The signed message as UTF-8, or <c>unsignable-content</c>: not well-formed, a DTD, over
    /// 1 MiB, not a CAP 1.2 <c>alert</c>, or already signed.</returns>
    public static Result<byte[]> Sign(SigningKey key, byte[] capXml)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(capXml);
        var loaded = SignedCapDocument.Load(capXml);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var document = loaded.Value;
        var root = document.DocumentElement!;
        if (document.GetElementsByTagName("Signature", CapXml.XmlDsigNamespace).Count > 0)
        {
            return SignatureErrors.Unsignable("The message is already signed.");
        }

        // Indent the signature like CapWriter's children: "\n  " before it, the original "\n" after.
        // The extra whitespace is added before signing, so it is covered by the digest.
        var trailing = root.LastChild is XmlWhitespace whitespace ? whitespace : null;
        if (trailing is not null)
        {
            root.InsertBefore(document.CreateWhitespace("\n  "), trailing);
        }

        using var rsa = key.CreateRsa();
        var signed = new SignedXml(document) { SigningKey = rsa };
        signed.SignedInfo!.CanonicalizationMethod = SigningAlgorithms.ExclusiveC14N;
        signed.SignedInfo.SignatureMethod = SigningAlgorithms.XmlDsigRsaSha256;
        var reference = new Reference(string.Empty) { DigestMethod = SigningAlgorithms.XmlDsigSha256 };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoName(key.Kid));
        signed.KeyInfo = keyInfo;
        signed.ComputeSignature();

        var signature = document.ImportNode(signed.GetXml(), deep: true);
        root.InsertBefore(signature, trailing);
        return SignedCapDocument.Save(document);
    }

    /// <summary>Checks the enveloped signature of a CAP message against <paramref name="keys"/>.</summary>
    /// <returns>The signing kid, or: <c>unsignable-content</c> (not a CAP message, not well-formed, a DTD);
    /// <c>no-signature</c>; <c>malformed-signature</c> (more than one signature, not the last child of
    /// <c>alert</c>, a reference other than the single <c>URI=""</c>, other transforms, <c>ds:Object</c>,
    /// no KeyName); <c>wrong-algorithm</c>; <c>unknown-key</c>; <c>bad-signature</c>.</returns>
    public static Result<SignatureVerified> Verify(VerificationKeys keys, byte[] signedCapXml)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(signedCapXml);
        var loaded = SignedCapDocument.Load(signedCapXml);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var document = loaded.Value;
        var profile = XmlDsigProfile.Check(document);
        if (!profile.IsSuccess)
        {
            return profile.Error;
        }

        var (element, kid) = profile.Value;
        var key = keys.Find(kid);
        if (key is null)
        {
            return SignatureErrors.UnknownKey(kid);
        }

        var signed = new SignedXml(document);
        try
        {
            signed.LoadXml(element);
            using var rsa = RsaSignature.CreatePublic(key);
            return signed.CheckSignature(rsa) ? new SignatureVerified(kid) : SignatureErrors.BadSignature(kid);
        }
        catch (CryptographicException ex)
        {
            return SignatureErrors.Malformed($"The signature cannot be processed: {ex.Message}");
        }
    }
}
