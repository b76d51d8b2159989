namespace Tocsin.Core.Stix.Patterning;

/// <summary>Two observation expressions joined by <c>AND</c>, <c>OR</c> or <c>FOLLOWEDBY</c>.</summary>
/// <param name="Position">Offset of the left operand.</param>
/// <param name="Operator">The joining operator.</param>
/// <param name="Left">Left operand.</param>
/// <param name="Right">Right operand.</param>
public sealed record ObservationBinary(int Position, ObservationOperator Operator, ObservationExpression Left, ObservationExpression Right)
    : ObservationExpression(Position);
