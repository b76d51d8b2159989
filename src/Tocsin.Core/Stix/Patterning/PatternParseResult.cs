using System.Diagnostics.CodeAnalysis;

namespace Tocsin.Core.Stix.Patterning;

/// <summary>The outcome of parsing a STIX pattern: the pattern, or the first error and its position.</summary>
/// <param name="Pattern">The parsed pattern; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">The first syntax or semantic error; null when the pattern is well formed.</param>
public sealed record PatternParseResult(StixPattern? Pattern, PatternError? Error)
{
    /// <summary>True when the pattern is well formed.</summary>
    [MemberNotNullWhen(true, nameof(Pattern))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;
}
