namespace Tocsin.Core.Stix.Patterning;

/// <summary><c>START t'…' STOP t'…'</c>: observations between two instants, start inclusive, stop exclusive.</summary>
/// <param name="Position">Offset of <c>START</c>.</param>
/// <param name="Start">The first instant.</param>
/// <param name="Stop">The instant the window ends; later than <paramref name="Start"/>.</param>
public sealed record StartStopQualifier(int Position, StixTimestamp Start, StixTimestamp Stop) : PatternQualifier(Position);
