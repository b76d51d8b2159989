using System.Text;
using Tocsin.Core.Stix.Patterning;

namespace Tocsin.Fuzz.Harnesses;

/// <summary>The STIX patterning language parser (STIX 2.1 §9), which promises never to throw for a malformed
/// pattern: an indicator's <c>pattern</c> reaches it from every way in.</summary>
public static class PatternHarness
{
    /// <summary>Parses <paramref name="input"/> read as UTF-8 (invalid sequences become U+FFFD, as in JSON text).</summary>
    public static void Run(byte[] input)
    {
        var result = StixPatternParser.Parse(Encoding.UTF8.GetString(input));
        if (result.IsSuccess == (result.Error is not null))
        {
            throw new FuzzFindingException("The parse result has both or neither of a pattern and an error.");
        }
    }
}
