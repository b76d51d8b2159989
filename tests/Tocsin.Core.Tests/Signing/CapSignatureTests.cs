using Tocsin.Testing;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Tocsin.Core.Cap;
using Tocsin.Core.Signing;
using Tocsin.Core.Tests.Cap;

namespace Tocsin.Core.Tests.Signing;

public sealed class CapSignatureTests
{
    private static readonly Lazy<byte[]> LazyMessage = new(() => CapWriter.Write(CapExamples.UrgenceAttentat()).Value);
    private static readonly Lazy<byte[]> LazySigned = new(() => CapSignature.Sign(TestKeys.Server, Message).Value);

    private static byte[] Message => LazyMessage.Value;

    private static byte[] Signed => LazySigned.Value;

    private static string SignedText => Encoding.UTF8.GetString(Signed);

    [Fact]
    public void A_signed_message_verifies_and_names_the_key()
    {
        var verified = CapSignature.Verify(TestKeys.Published, Signed);

        Assert.Equal(TestKeys.Server.Kid, verified.Value.Kid);
    }

    [Fact]
    public void Signing_only_adds_the_signature_as_the_last_child_of_alert()
    {
        var start = SignedText.IndexOf("\n  <Signature ", StringComparison.Ordinal);
        var end = SignedText.IndexOf("</Signature>", StringComparison.Ordinal) + "</Signature>".Length;

        var withoutSignature = SignedText[..start] + SignedText[end..];

        Assert.Equal(Encoding.UTF8.GetString(Message), withoutSignature);
    }

    [Fact]
    public void The_signature_uses_the_profile_and_names_the_kid()
    {
        var expected = new[]
        {
            $"<KeyName>{TestKeys.Server.Kid}</KeyName>",
            "Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"",
            "<Reference URI=\"\">",
            "Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"",
            "Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"",
            "Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"",
        };

        Assert.All(expected, e => Assert.Contains(e, SignedText, StringComparison.Ordinal));
    }

    [Fact]
    public void A_signed_message_still_validates_against_the_CAP_schema()
    {
        // The XSD takes xmldsig elements with processContents="lax": having no dsig schema loaded, the
        // validator only warns that it cannot look inside them.
        var problems = CapSchema.Validate(Signed).Where(p => !p.Contains("Warning: Could not find schema information", StringComparison.Ordinal));

        Assert.Empty(problems);
    }

    [Fact]
    public void CapReader_reads_a_signed_message_as_the_same_alert()
    {
        var read = CapReader.Read(Signed);

        Assert.Equal(CapWriter.Write(read.Value).Value, Message);
    }

    [Theory]
    [InlineData("<severity>Extreme</severity>", "<severity>Minor</severity>")]
    [InlineData("<status>Actual</status>", "<status>Exercise</status>")]
    [InlineData("</info>\n  <Signature", "</info>\n  <note>forged</note><Signature")]
    [InlineData("<urgency>Immediate</urgency>", "<urgency>Immediate</urgency> ")]
    public void A_changed_message_is_a_bad_signature(string original, string replacement)
    {
        var tampered = Replace(SignedText, original, replacement);

        Assert.Equal(SignatureErrors.BadSignatureCode, CapSignature.Verify(TestKeys.Published, tampered).Error?.Code);
    }

    [Fact]
    public void A_changed_signature_value_is_a_bad_signature()
    {
        var start = SignedText.IndexOf("<SignatureValue>", StringComparison.Ordinal) + "<SignatureValue>".Length;
        var flipped = SignedText[start] == 'A' ? 'B' : 'A';

        var tampered = SignedText[..start] + flipped + SignedText[(start + 1)..];

        Assert.Equal(SignatureErrors.BadSignatureCode, CapSignature.Verify(TestKeys.Published, Encoding.UTF8.GetBytes(tampered)).Error?.Code);
    }

    [Fact]
    public void A_signature_moved_into_an_info_is_refused()
    {
        var document = Load(Signed);
        var signature = document.GetElementsByTagName("Signature", CapXml.XmlDsigNamespace)[0]!;
        document.DocumentElement!.RemoveChild(signature);
        document.GetElementsByTagName("info", CapXml.Namespace)[0]!.AppendChild(signature);

        Assert.Equal(SignatureErrors.MalformedSignatureCode, CapSignature.Verify(TestKeys.Published, Save(document)).Error?.Code);
    }

    [Fact]
    public void A_forged_alert_wrapping_the_signed_one_is_refused()
    {
        var signedAlert = SignedText[SignedText.IndexOf("<alert", StringComparison.Ordinal)..];
        var forged = Replace(SignedText, "<severity>Extreme</severity>", "<severity>Minor</severity>");
        var wrapped = Encoding.UTF8.GetString(forged).Replace("</alert>", "<wrapper xmlns=\"urn:example:x\">" + signedAlert.Replace("<?xml", string.Empty, StringComparison.Ordinal) + "</wrapper></alert>", StringComparison.Ordinal);

        Assert.Equal(SignatureErrors.MalformedSignatureCode, CapSignature.Verify(TestKeys.Published, Encoding.UTF8.GetBytes(wrapped)).Error?.Code);
    }

    [Fact]
    public void A_reference_to_one_element_instead_of_the_whole_message_is_refused()
    {
        var document = Load(Message);
        var info = (XmlElement)document.GetElementsByTagName("info", CapXml.Namespace)[0]!;
        info.SetAttribute("Id", "signed-part");
        var signed = new SignedXml(document) { SigningKey = TestKeys.ServerRsa() };
        signed.SignedInfo!.CanonicalizationMethod = SigningAlgorithms.ExclusiveC14N;
        signed.SignedInfo.SignatureMethod = SigningAlgorithms.XmlDsigRsaSha256;
        var reference = new Reference("#signed-part") { DigestMethod = SigningAlgorithms.XmlDsigSha256 };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        signed.KeyInfo = new KeyInfo();
        signed.KeyInfo.AddClause(new KeyInfoName(TestKeys.Server.Kid));
        signed.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signed.GetXml(), true));

        Assert.Equal(SignatureErrors.MalformedSignatureCode, CapSignature.Verify(TestKeys.Published, Save(document)).Error?.Code);
    }

    [Fact]
    public void A_second_signature_is_refused()
    {
        var signature = SignedText[SignedText.IndexOf("<Signature ", StringComparison.Ordinal)..(SignedText.IndexOf("</Signature>", StringComparison.Ordinal) + "</Signature>".Length)];

        var doubled = Replace(SignedText, "</Signature>", "</Signature>" + signature);

        Assert.Equal(SignatureErrors.MalformedSignatureCode, CapSignature.Verify(TestKeys.Published, doubled).Error?.Code);
    }

    [Fact]
    public void Content_carried_in_a_signature_Object_is_refused()
    {
        var withObject = Replace(SignedText, "</KeyInfo>", "</KeyInfo><Object><alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"/></Object>");

        Assert.Equal(SignatureErrors.MalformedSignatureCode, CapSignature.Verify(TestKeys.Published, withObject).Error?.Code);
    }

    [Theory]
    [InlineData("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2000/09/xmldsig#rsa-sha1")]
    [InlineData("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256")]
    [InlineData("http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2000/09/xmldsig#sha1")]
    [InlineData("<CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"", "<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"")]
    public void Any_algorithm_but_the_profile_is_refused(string original, string replacement)
    {
        var changed = Replace(SignedText, original, replacement);

        Assert.Equal(SignatureErrors.WrongAlgorithmCode, CapSignature.Verify(TestKeys.Published, changed).Error?.Code);
    }

    [Fact]
    public void A_key_not_in_the_set_is_an_unknown_key()
    {
        var signed = CapSignature.Sign(TestKeys.Other, Message).Value;

        Assert.Equal(SignatureErrors.UnknownKeyCode, CapSignature.Verify(TestKeys.Published, signed).Error?.Code);
    }

    [Fact]
    public void An_unsigned_message_has_no_signature()
    {
        Assert.Equal(SignatureErrors.NoSignatureCode, CapSignature.Verify(TestKeys.Published, Message).Error?.Code);
    }

    [Fact]
    public void A_signed_message_cannot_be_signed_again()
    {
        Assert.Equal(SignatureErrors.UnsignableCode, CapSignature.Sign(TestKeys.Server, Signed).Error?.Code);
    }

    [Fact]
    public void A_document_with_a_DTD_is_refused_unread()
    {
        var xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE alert [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + SignedText[SignedText.IndexOf("<alert", StringComparison.Ordinal)..];

        Assert.Equal(SignatureErrors.UnsignableCode, CapSignature.Verify(TestKeys.Published, Encoding.UTF8.GetBytes(xxe)).Error?.Code);
    }

    private static byte[] Replace(string text, string original, string replacement)
    {
        Assert.Contains(original, text, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text.Replace(original, replacement, StringComparison.Ordinal));
    }

    private static XmlDocument Load(byte[] xml)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        document.Load(reader);
        return document;
    }

    private static byte[] Save(XmlDocument document) => Encoding.UTF8.GetBytes(document.OuterXml);
}
