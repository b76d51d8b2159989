namespace Tocsin.Core.Stix.Patterning;

/// <summary><c>[ comparison ]</c>: one observation matched by a comparison expression.</summary>
/// <param name="Position">Offset of the opening bracket.</param>
/// <param name="Comparison">The bracketed comparison expression.</param>
public sealed record ObservationComparison(int Position, ComparisonExpression Comparison) : ObservationExpression(Position);
