using System.Text;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests;

public sealed class JsonCanonicalizerTests
{
    [Theory]
    [InlineData("{\"b\":1,\"a\":2}", "{\"a\":2,\"b\":1}")]
    [InlineData("[1.0, 2.50, 1e3, 1E21, 0.000001, 1e-7, -0]", "[1,2.5,1000,1e+21,0.000001,1e-7,0]")]
    [InlineData("{\"\\u20ac\":\"\\u00e9\\n\"}", "{\"€\":\"é\\n\"}")]
    [InlineData("{ \"z\" : [ true , false , null ] }", "{\"z\":[true,false,null]}")]
    public void Canonical_form_follows_RFC_8785(string input, string expected)
    {
        var canonical = JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(input));

        Assert.Equal(expected, Encoding.UTF8.GetString(canonical));
    }

    [Fact]
    public void Members_are_sorted_by_UTF16_code_units()
    {
        // RFC 8785 §3.2.3 example ordering: "\r" < "1" < "\u0080" < "\u00f6" < "\u20ac" < "\ud83d\ude00" < "\ufb33"
        var input = "{\"\\ufb33\":1,\"\\ud83d\\ude00\":2,\"\\u20ac\":3,\"\\u00f6\":4,\"\\u0080\":5,\"1\":6,\"\\r\":7}";

        var canonical = Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(input)));

        Assert.Equal("{\"\\r\":7,\"1\":6,\"\u0080\":5,\"ö\":4,\"€\":3,\"😀\":2,\"\ufb33\":1}", canonical);
    }
}
