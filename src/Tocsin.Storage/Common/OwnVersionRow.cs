namespace Tocsin.Storage.Common;

/// <summary>A visible version of a partner's own contribution, as <see cref="SqlContributions.DeleteAsync"/> reads it.</summary>
internal sealed record OwnVersionRow(long RowId, string VersionKey, byte[] ContentHash, long? VersionTicks, string SpecVersion, long DateAdded)
{
    /// <summary>The versions <paramref name="filter"/> selects among <paramref name="visible"/> (one id's versions), with
    /// the rules of TAXII <c>match[version]</c> the SQL predicates apply to our picture: first and last by instant, then
    /// (versions keyed by content hash) by <c>date_added</c>, judged among the versions of the listed spec versions.</summary>
    public static List<OwnVersionRow> Select(IReadOnlyList<OwnVersionRow> visible, VersionFilter filter, IReadOnlyList<string> specVersions)
    {
        var peers = specVersions.Count == 0 ? [.. visible] : visible.Where(v => specVersions.Contains(v.SpecVersion, StringComparer.Ordinal)).ToList();
        if (peers.Count == 0 || filter.IncludeAll)
        {
            return peers;
        }

        var ordered = peers.OrderBy(v => v.VersionTicks ?? -1).ThenBy(v => v.DateAdded).ToList();
        var ticks = filter.Timestamps.Select(t => t.Instant.UtcTicks).ToHashSet();
        return [.. ordered.Where((v, i) => (filter.IncludeFirst && i == 0) || (filter.IncludeLast && i == ordered.Count - 1)
            || (v.VersionTicks is { } t && ticks.Contains(t)))];
    }
}
