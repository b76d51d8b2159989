namespace Tocsin.Core.Stix.Patterning;

/// <summary>A parsed STIX pattern (STIX 2.1 §9): the observation expression it consists of.</summary>
/// <param name="Text">The pattern as written.</param>
/// <param name="Expression">Its root observation expression.</param>
public sealed record StixPattern(string Text, ObservationExpression Expression);
