using Dapper;

namespace Tocsin.Storage;

/// <summary>The engine-neutral part of the SQL predicate of a <see cref="VersionFilter"/> over a candidate
/// version <c>o</c> (an <c>objects</c> row): which of first, last and explicit versions it selects. Each engine
/// supplies the "no visible peer beyond the candidate" condition, whose join syntax differs.</summary>
/// <remarks>Every value is a parameter; only fixed SQL text is concatenated.</remarks>
internal static class VersionPredicate
{
    /// <summary>The predicate (without a leading AND), adding its parameters to <paramref name="parameters"/>.
    /// <paramref name="noPeer"/> gives the condition for a direction (&lt; or &gt;). An empty filter selects nothing.</summary>
    public static string Build(VersionFilter versions, DynamicParameters parameters, Func<string, string> noPeer, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(noPeer);
        ArgumentNullException.ThrowIfNull(dialect);
        if (versions.IncludeAll)
        {
            return "TRUE";
        }

        var parts = new List<string>(3);
        if (versions.IncludeFirst)
        {
            parts.Add(noPeer("<"));
        }

        if (versions.IncludeLast)
        {
            parts.Add(noPeer(">"));
        }

        if (versions.Timestamps.Count > 0)
        {
            parameters.Add("versionTicks", versions.Timestamps.Select(t => t.Instant.UtcTicks).Distinct().ToArray());
            parts.Add(dialect.AnyOf("o.version_ticks", "versionTicks"));
        }

        return parts.Count == 0 ? "FALSE" : "(" + string.Join(" OR ", parts) + ")";
    }
}
