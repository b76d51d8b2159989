namespace Tocsin.Core;

/// <summary>An expected failure: a stable machine-readable <paramref name="Code"/> (kebab-case,
/// e.g. <c>collection-alias-taken</c>) and a sentence a person understands.</summary>
public sealed record Error(string Code, string Message);
