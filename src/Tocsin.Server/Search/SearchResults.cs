using Tocsin.Core.Stix;

namespace Tocsin.Server.Search;

/// <summary>One page of a search as a reader may see it: every version in it is readable by that reader and was put
/// on the record before the page was returned.</summary>
/// <param name="Items">The versions, newest stored first.</param>
/// <param name="More">True when at least one more readable match exists after this page.</param>
/// <param name="Last">The index row to continue before, when <paramref name="More"/>.</param>
public sealed record SearchResults(IReadOnlyList<StixObject> Items, bool More, long? Last);
