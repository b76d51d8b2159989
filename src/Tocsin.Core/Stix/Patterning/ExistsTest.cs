namespace Tocsin.Core.Stix.Patterning;

/// <summary><c>EXISTS path</c>.</summary>
/// <param name="Position">Offset of <c>EXISTS</c>.</param>
/// <param name="Path">The property that must be present.</param>
public sealed record ExistsTest(int Position, ObjectPath Path) : ComparisonExpression(Position);
