namespace Tocsin.Core.Stix.Patterning;

/// <summary><c>WITHIN n SECONDS</c>: all observations within a window of <paramref name="Seconds"/>.</summary>
/// <param name="Position">Offset of <c>WITHIN</c>.</param>
/// <param name="Seconds">The window, a positive number of seconds.</param>
public sealed record WithinQualifier(int Position, double Seconds) : PatternQualifier(Position);
