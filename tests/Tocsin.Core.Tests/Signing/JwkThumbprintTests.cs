using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Signing;

namespace Tocsin.Core.Tests.Signing;

public sealed class JwkThumbprintTests
{
    // RFC 7638 §3.1: the example RSA key and its SHA-256 thumbprint.
    private const string Rfc7638Modulus =
        "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";

    [Fact]
    public void Thumbprint_of_the_RFC_7638_example_key_matches_the_RFC()
    {
        var thumbprint = JwkThumbprint.OfRsa(Base64Url.DecodeFromChars(Rfc7638Modulus), Base64Url.DecodeFromChars("AQAB"));

        Assert.Equal("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", thumbprint);
    }

    [Fact]
    public void A_leading_zero_byte_in_the_modulus_does_not_change_the_thumbprint()
    {
        var modulus = Base64Url.DecodeFromChars(Rfc7638Modulus);

        var thumbprint = JwkThumbprint.OfRsa([0, .. modulus], [0, 1, 0, 1]);

        Assert.Equal("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", thumbprint);
    }

    [Fact]
    public void A_generated_key_is_named_by_its_thumbprint()
    {
        var key = TestKeys.Server.PublicKey;

        Assert.Equal(JwkThumbprint.OfRsa(key.Modulus, key.Exponent), TestKeys.Server.Kid);
    }

    [Fact]
    public void The_kid_in_the_published_JWKS_is_the_thumbprint_of_its_n_and_e()
    {
        var jwk = JsonDocument.Parse(JsonWebKeySet.Write(TestKeys.Published)).RootElement.GetProperty("keys")[0];

        var recomputed = JwkThumbprint.OfRsa(
            Base64Url.DecodeFromChars(jwk.GetProperty("n").GetString()),
            Base64Url.DecodeFromChars(jwk.GetProperty("e").GetString()));

        Assert.Equal(jwk.GetProperty("kid").GetString(), recomputed);
        Assert.NotEmpty(Encoding.UTF8.GetBytes(recomputed));
    }
}
