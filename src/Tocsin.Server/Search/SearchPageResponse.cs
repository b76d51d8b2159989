namespace Tocsin.Server.Search;

/// <summary>A page of matches, newest stored first; pass <c>next</c> back with the same words and filters while <c>more</c>.</summary>
public sealed record SearchPageResponse(IReadOnlyList<SearchHitResponse> Items, bool More, string? Next);
