namespace Tocsin.Core.Ingest.Actors;

/// <summary>A designated terrorist organisation from the shipped list (Data/designated-organisations.json).</summary>
internal sealed record DesignatedOrganisation(
    string Key,
    string Name,
    string? ParentKey,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> SupplementAliases,
    IReadOnlyList<string> ContextualAliases,
    IReadOnlyList<string> Sources)
{
    public IEnumerable<string> AllNames()
    {
        yield return Name;
        foreach (var a in SupplementAliases)
        {
            yield return a;
        }

        foreach (var a in ContextualAliases)
        {
            yield return a;
        }

        foreach (var a in Aliases)
        {
            yield return a;
        }
    }
}
