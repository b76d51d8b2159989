namespace Tocsin.Core.Stix.Patterning;

/// <summary>One token: its kind and where it lies in the pattern text (0-based character offset).</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="Length">Number of characters, quotes and prefix included.</param>
public readonly record struct PatternToken(PatternTokenKind Kind, int Start, int Length)
{
    /// <summary>The token's text within <paramref name="pattern"/>.</summary>
    public ReadOnlySpan<char> TextIn(string pattern) => pattern.AsSpan(Start, Length);
}
