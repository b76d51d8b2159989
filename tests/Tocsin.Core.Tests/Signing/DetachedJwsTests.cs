using System.Buffers.Text;
using System.Text;
using Tocsin.Core.Signing;

namespace Tocsin.Core.Tests.Signing;

public sealed class DetachedJwsTests
{
    private static readonly byte[] Bundle = Encoding.UTF8.GetBytes("""{"type":"bundle","id":"bundle--6b1f3a8a-92a4-4f7d-9c5e-0d1c2b3a4f5e","objects":[]}""");

    [Fact]
    public void A_signed_payload_verifies_and_names_the_key()
    {
        var jws = DetachedJws.Sign(TestKeys.Server, Bundle);

        var verified = DetachedJws.Verify(TestKeys.Published, Bundle, jws);

        Assert.Equal(TestKeys.Server.Kid, verified.Value.Kid);
    }

    [Fact]
    public void The_serialization_is_header_dot_dot_signature_with_alg_and_kid_only()
    {
        var jws = DetachedJws.Sign(TestKeys.Server, Bundle);

        var parts = jws.Split('.');
        Assert.Equal(string.Empty, parts[1]);
        Assert.Equal($$"""{"alg":"RS256","kid":"{{TestKeys.Server.Kid}}"}""", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])));
    }

    [Fact]
    public void Putting_the_payload_back_gives_a_standard_compact_JWS_signing_input()
    {
        var parts = DetachedJws.Sign(TestKeys.Server, Bundle).Split('.');

        var input = Encoding.ASCII.GetBytes(parts[0] + "." + Base64Url.EncodeToString(Bundle));
        var verified = RsaSignature.Verify(TestKeys.Published, TestKeys.Server.Kid, input, Base64Url.DecodeFromChars(parts[2]));

        Assert.True(verified.IsSuccess);
    }

    [Fact]
    public void A_changed_payload_is_a_bad_signature()
    {
        var jws = DetachedJws.Sign(TestKeys.Server, Bundle);
        var tampered = (byte[])Bundle.Clone();
        tampered[^3] = (byte)' ';

        Assert.Equal(SignatureErrors.BadSignatureCode, DetachedJws.Verify(TestKeys.Published, tampered, jws).Error?.Code);
    }

    [Fact]
    public void A_changed_signature_is_a_bad_signature()
    {
        var parts = DetachedJws.Sign(TestKeys.Server, Bundle).Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        signature[10] ^= 1;

        var verified = DetachedJws.Verify(TestKeys.Published, Bundle, parts[0] + ".." + Base64Url.EncodeToString(signature));

        Assert.Equal(SignatureErrors.BadSignatureCode, verified.Error?.Code);
    }

    [Fact]
    public void A_changed_header_is_a_bad_signature()
    {
        var parts = DetachedJws.Sign(TestKeys.Server, Bundle).Split('.');
        var header = Header($$"""{"kid":"{{TestKeys.Server.Kid}}","alg":"RS256"}""");

        Assert.Equal(SignatureErrors.BadSignatureCode, DetachedJws.Verify(TestKeys.Published, Bundle, header + ".." + parts[2]).Error?.Code);
    }

    [Theory]
    [InlineData("""{"alg":"none","kid":"K"}""")]
    [InlineData("""{"alg":"HS256","kid":"K"}""")]
    [InlineData("""{"alg":"PS256","kid":"K"}""")]
    [InlineData("""{"alg":"rs256","kid":"K"}""")]
    [InlineData("""{"kid":"K"}""")]
    public void Any_algorithm_but_RS256_is_refused(string header)
    {
        var parts = DetachedJws.Sign(TestKeys.Server, Bundle).Split('.');
        var forged = Header(header.Replace("\"K\"", $"\"{TestKeys.Server.Kid}\"", StringComparison.Ordinal));

        Assert.Equal(SignatureErrors.WrongAlgorithmCode, DetachedJws.Verify(TestKeys.Published, Bundle, forged + ".." + parts[2]).Error?.Code);
    }

    [Fact]
    public void An_HMAC_signature_keyed_with_the_public_key_is_refused()
    {
        var header = Header($$"""{"alg":"HS256","kid":"{{TestKeys.Server.Kid}}"}""");
        var input = Encoding.ASCII.GetBytes(header + "." + Base64Url.EncodeToString(Bundle));
        var mac = System.Security.Cryptography.HMACSHA256.HashData(JsonWebKeySet.Write(TestKeys.Published), input);

        var verified = DetachedJws.Verify(TestKeys.Published, Bundle, header + ".." + Base64Url.EncodeToString(mac));

        Assert.Equal(SignatureErrors.WrongAlgorithmCode, verified.Error?.Code);
    }

    [Fact]
    public void A_key_not_in_the_set_is_an_unknown_key()
    {
        var jws = DetachedJws.Sign(TestKeys.Other, Bundle);

        Assert.Equal(SignatureErrors.UnknownKeyCode, DetachedJws.Verify(TestKeys.Published, Bundle, jws).Error?.Code);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("a.b.c.d")]
    [InlineData("bm90anNvbg..AAAA")]
    [InlineData("W10..AAAA")]
    [InlineData("!!!..AAAA")]
    public void Malformed_serializations_are_refused(string jws)
    {
        Assert.Equal(SignatureErrors.MalformedSignatureCode, DetachedJws.Verify(TestKeys.Published, Bundle, jws).Error?.Code);
    }

    [Fact]
    public void An_attached_payload_is_refused()
    {
        var parts = DetachedJws.Sign(TestKeys.Server, Bundle).Split('.');

        var attached = parts[0] + "." + Base64Url.EncodeToString(Bundle) + "." + parts[2];

        Assert.Equal(SignatureErrors.MalformedSignatureCode, DetachedJws.Verify(TestKeys.Published, Bundle, attached).Error?.Code);
    }

    [Fact]
    public void Critical_extensions_such_as_b64_false_are_refused()
    {
        var parts = DetachedJws.Sign(TestKeys.Server, Bundle).Split('.');
        var header = Header($$"""{"alg":"RS256","kid":"{{TestKeys.Server.Kid}}","b64":false,"crit":["b64"]}""");

        Assert.Equal(SignatureErrors.MalformedSignatureCode, DetachedJws.Verify(TestKeys.Published, Bundle, header + ".." + parts[2]).Error?.Code);
    }

    [Fact]
    public void An_empty_signature_is_no_signature()
    {
        Assert.Equal(SignatureErrors.NoSignatureCode, DetachedJws.Verify(TestKeys.Published, Bundle, string.Empty).Error?.Code);
    }

    private static string Header(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
