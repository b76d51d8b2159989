namespace Tocsin.Core.Stix.Patterning;

/// <summary>A qualifier of an observation expression (§9.6): <see cref="WithinQualifier"/>,
/// <see cref="RepeatsQualifier"/> or <see cref="StartStopQualifier"/>.</summary>
/// <param name="Position">Offset of the qualifier keyword.</param>
public abstract record PatternQualifier(int Position);
