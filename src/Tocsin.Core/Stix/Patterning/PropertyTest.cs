namespace Tocsin.Core.Stix.Patterning;

/// <summary><c>path [NOT] operator value</c>.</summary>
/// <param name="Position">Offset of the object path.</param>
/// <param name="Path">The property compared.</param>
/// <param name="Negated">True when <c>NOT</c> precedes the operator.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Values">The literal compared with; several for <c>IN</c>, none for an empty set.</param>
public sealed record PropertyTest(int Position, ObjectPath Path, bool Negated, ComparisonOperator Operator, IReadOnlyList<PatternLiteral> Values)
    : ComparisonExpression(Position);
