namespace Tocsin.Core.Stix.Patterning;

/// <summary>An observation expression (STIX 2.1 §9.5): a bracketed comparison, a combination of two
/// observation expressions, or one with a qualifier.</summary>
/// <param name="Position">0-based offset in the pattern text where it starts.</param>
public abstract record ObservationExpression(int Position);
