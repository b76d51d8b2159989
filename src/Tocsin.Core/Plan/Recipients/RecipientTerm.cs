namespace Tocsin.Core.Plan.Recipients;

/// <summary>One sector or recipient group: a stable kebab-case id and its title per language.</summary>
/// <param name="Id">Identifier used in catalogue files, on the wire and in the store, e.g. <c>transport</c>.</param>
/// <param name="Titles">Title by language code (<c>fr</c>, <c>en</c>).</param>
public sealed record RecipientTerm(string Id, IReadOnlyDictionary<string, string> Titles);
