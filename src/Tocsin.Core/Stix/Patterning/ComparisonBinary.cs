namespace Tocsin.Core.Stix.Patterning;

/// <summary>Two comparison expressions joined by <c>AND</c> (<paramref name="IsAnd"/>) or <c>OR</c>.</summary>
/// <param name="Position">Offset of the left operand.</param>
/// <param name="IsAnd">True for <c>AND</c>, false for <c>OR</c>.</param>
/// <param name="Left">Left operand.</param>
/// <param name="Right">Right operand.</param>
public sealed record ComparisonBinary(int Position, bool IsAnd, ComparisonExpression Left, ComparisonExpression Right)
    : ComparisonExpression(Position);
