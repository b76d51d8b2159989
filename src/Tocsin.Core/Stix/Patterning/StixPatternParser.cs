namespace Tocsin.Core.Stix.Patterning;

/// <summary>Parses the STIX patterning language (STIX 2.1 §9) by hand, following the OASIS ANTLR grammar
/// STIXPattern.g4: observation expressions joined by <c>FOLLOWEDBY</c> (loosest), <c>OR</c>, <c>AND</c>
/// (tightest), each a bracketed comparison expression or a parenthesised observation expression, with
/// any number of <c>WITHIN</c>, <c>REPEATS</c> and <c>START … STOP</c> qualifiers; comparison expressions
/// joined by <c>OR</c> and <c>AND</c>; property tests with every operator and literal type.</summary>
/// <remarks>Besides the grammar it checks what §9 states for values: <c>REPEATS</c> and <c>WITHIN</c> take
/// positive numbers, <c>STOP</c> is later than <c>START</c>, an object type is a valid type name and list
/// indexes are integers. Object types and property names are not checked against the SCO definitions:
/// patterns may name custom objects and properties.</remarks>
public static class StixPatternParser
{
    /// <summary>Parses <paramref name="pattern"/>; never throws for malformed input.</summary>
    public static PatternParseResult Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var parser = new PatternParser(pattern);
        var expression = parser.ParsePattern();
        return expression is null
            ? new PatternParseResult(null, parser.Error!)
            : new PatternParseResult(new StixPattern(pattern, expression), null);
    }
}
