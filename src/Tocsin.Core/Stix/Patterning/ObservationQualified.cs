namespace Tocsin.Core.Stix.Patterning;

/// <summary>An observation expression followed by a qualifier (§9.6).</summary>
/// <param name="Position">Offset of the qualified expression.</param>
/// <param name="Expression">What the qualifier applies to.</param>
/// <param name="Qualifier">The qualifier.</param>
public sealed record ObservationQualified(int Position, ObservationExpression Expression, PatternQualifier Qualifier)
    : ObservationExpression(Position);
