namespace Tocsin.Core.Stix.Patterning;

/// <summary><c>REPEATS n TIMES</c>: the expression matches <paramref name="Times"/> times.</summary>
/// <param name="Position">Offset of <c>REPEATS</c>.</param>
/// <param name="Times">A positive integer.</param>
public sealed record RepeatsQualifier(int Position, long Times) : PatternQualifier(Position);
