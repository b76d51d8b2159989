namespace Tocsin.Core.Plan.Recipients;

/// <summary>Checks the sector and group ids given for a recipient against <see cref="RecipientTerms"/>.</summary>
public static class RecipientTermCheck
{
    /// <summary>The ids trimmed, without duplicates, in the order given. Fails with <c>sector-unknown</c> or
    /// <c>recipient-group-unknown</c> naming the first id that is neither.</summary>
    public static Result<(IReadOnlyList<string> Sectors, IReadOnlyList<string> Groups)> Check(IEnumerable<string>? sectors, IEnumerable<string>? groups)
    {
        var sectorIds = Clean(sectors);
        if (sectorIds.FirstOrDefault(s => !RecipientTerms.IsSector(s)) is { } sector)
        {
            return new Error("sector-unknown",
                $"'{sector}' is not a sector; use one of: {string.Join(", ", RecipientTerms.Sectors.Select(t => t.Id))}.");
        }

        var groupIds = Clean(groups);
        if (groupIds.FirstOrDefault(g => !RecipientTerms.IsGroup(g)) is { } group)
        {
            return new Error("recipient-group-unknown",
                $"'{group}' is not a recipient group; use one of: {string.Join(", ", RecipientTerms.Groups.Select(t => t.Id))}.");
        }

        return (sectorIds, groupIds);
    }

    private static List<string> Clean(IEnumerable<string>? ids) =>
        [.. (ids ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal)];
}
