using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Authoring;

/// <summary>An opinion on an assertion (docs/authoring.md, "Opinions"): disagreement is recorded beside the assertion,
/// never as an edit of it.</summary>
/// <param name="Opinion"><c>strongly-disagree</c>, <c>disagree</c>, <c>neutral</c>, <c>agree</c> or <c>strongly-agree</c>.</param>
/// <param name="Explanation">Why.</param>
/// <param name="Authors">Who holds the opinion; the signed-in user's name when absent.</param>
/// <param name="Marking">TLP; <c>amber</c> when absent.</param>
[RequestExample("opinion.json")]
public sealed record OpinionFields([RequiredField] string? Opinion, string? Explanation = null, IReadOnlyList<string>? Authors = null, string? Marking = null);
