namespace Tocsin.Core.Stix.Patterning;

/// <summary>A comparison expression inside brackets (§9.5.1): a property test, an <c>EXISTS</c>
/// test, or two comparison expressions joined by <c>AND</c>/<c>OR</c>.</summary>
/// <param name="Position">0-based offset where it starts.</param>
public abstract record ComparisonExpression(int Position);
