namespace Tocsin.Core.Stix.Patterning;

/// <summary>A literal value in a comparison: its token kind and its text exactly as written (with
/// prefix and quotes).</summary>
/// <param name="Kind">Integer, Float, String, Hex, Binary, Timestamp or Boolean.</param>
/// <param name="Text">The literal as written.</param>
public sealed record PatternLiteral(PatternTokenKind Kind, string Text);
