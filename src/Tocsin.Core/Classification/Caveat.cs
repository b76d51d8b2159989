namespace Tocsin.Core.Classification;

/// <summary>A handling caveat of a classification scale and the rule it applies to partners.</summary>
/// <param name="Name">The caveat as written on a marking, upper case (e.g. <c>ORCON</c>).</param>
/// <param name="Rule">What it restricts.</param>
public sealed record Caveat(string Name, CaveatRule Rule);
