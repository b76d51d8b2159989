using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Tocsin.Benchmarks;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests;

/// <summary>The canonical form copied from the parsed bytes where it already is canonical (#20) gives exactly
/// the bytes, and so the content hashes, of the canonicaliser that decoded and re-encoded every value.</summary>
public sealed class CanonicalHashTests
{
    public static TheoryData<string> TrickyInputs() =>
    [
        // Key ordering per RFC 8785 §3.2.3: UTF-16 code units, escaped and unescaped names mixed.
        "{\"\\ufb33\":1,\"\\ud83d\\ude00\":2,\"\\u20ac\":3,\"\\u00f6\":4,\"\\u0080\":5,\"1\":6,\"\\r\":7}",
        "{\"\ufb33\":1,\"😀\":2,\"€\":3,\"ö\":4,\"\u0080\":5,\"1\":6}",
        "{\"b\":1,\"a\":2,\"aa\":3,\"A\":4,\"_\":5,\"a\\u0062\":6}",
        "{\"x\":{\"d\":[{\"z\":1,\"y\":2}],\"c\":null},\"a\":[]}",
        // Strings: escapes that must be written literally, escapes that must stay, and text with none.
        "{\"s\":\"\\u00e9\\u0041\\/\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\\u007f\"}",
        "{\"s\":\"caf\u00e9 \u2028 \ufeff 😀 \u007f plain\"}",
        "{\"s\":\"\\ud83d\\ude00 and 😀\"}",
        "{\"s\":\"\",\"t\":\"\\u0000\"}",
        // Numbers: every spelling of the same value, short integers, long integers, exponents, zero.
        "[0,-0,1,-1,10,100,123456789012345,-123456789012345,1234567890123456,12345678901234567890]",
        "[1.0,2.50,1e3,1E21,1e21,0.000001,1e-7,-0.0,0e5,5e-324,1.7976931348623157e308,9007199254740993]",
        "[0.1,0.2,0.30000000000000004,333333333.3333333,1e-6,123e-20,-1.5E+2]",
        "{\"n\":[true,false,null],\"m\":{}}",
        "  { \"z\" : [ true , false , null ] , \"a\" : \"x\" }  ",
    ];

    [Theory]
    [MemberData(nameof(TrickyInputs))]
    public void Canonical_bytes_equal_the_reference_canonicaliser_on_tricky_inputs(string input)
    {
        using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(input));

        var canonical = JsonCanonicalizer.Canonicalize(document.RootElement);

        Assert.Equal(Encoding.UTF8.GetString(ReferenceJsonCanonicalizer.Canonicalize(document.RootElement)), Encoding.UTF8.GetString(canonical));
    }

    [Fact]
    public void Content_hashes_equal_the_reference_on_the_realistic_mix()
    {
        var objects = RealisticStix.Objects(1_000);
        var differing = new List<int>();

        for (var i = 0; i < objects.Count; i++)
        {
            var parsed = StixObject.FromTrusted(objects[i]);
            if (!parsed.ContentHash.SequenceEqual(SHA256.HashData(ReferenceJsonCanonicalizer.Canonicalize(parsed.Root))))
            {
                differing.Add(i);
            }
        }

        Assert.Empty(differing);
    }

    [Fact]
    public void The_hash_is_the_SHA_256_of_the_canonical_bytes()
    {
        using var document = JsonDocument.Parse("{\"b\":[1.50,\"\\u00e9\"],\"a\":-0}"u8.ToArray());

        var hash = JsonCanonicalizer.Sha256(document.RootElement);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("{\"a\":0,\"b\":[1.5,\"é\"]}"u8)), Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void A_large_value_after_a_small_one_is_canonicalised_whole()
    {
        // The per-thread buffer is reused: a later, larger value must not keep bytes of an earlier one.
        var large = "{\"big\":\"" + new string('x', 3_000_000) + "\",\"a\":1}";
        using var small = JsonDocument.Parse("{\"b\":2,\"a\":1}");
        using var big = JsonDocument.Parse(large);

        var first = JsonCanonicalizer.Canonicalize(small.RootElement);
        var second = JsonCanonicalizer.Canonicalize(big.RootElement);
        var third = JsonCanonicalizer.Canonicalize(small.RootElement);

        Assert.Equal(["{\"a\":1,\"b\":2}", "{\"a\":1,\"big\":\"" + new string('x', 3_000_000) + "\"}", "{\"a\":1,\"b\":2}"],
            new[] { first, second, third }.Select(Encoding.UTF8.GetString));
    }
}
