namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>When a drafted value counts as a gold value of its field.</summary>
public static class GoldMatch
{
    /// <summary>Exact match, except for speakers, which match when one contains the other ("Macron" and
    /// "French President Emmanuel Macron"), and incidents (<see cref="SameIncident"/>).</summary>
    public static bool Same(string field, string gold, string value)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(value);
        return field switch
        {
            "quotes" => Contains(gold, value),
            "incidents" => SameIncident(gold, value),
            _ => string.Equals(gold, value, StringComparison.Ordinal),
        };
    }

    /// <summary>Two <c>date|place|killed|injured|outcome</c> lines match when figures and outcome are equal, and
    /// date and place agree where the draft gives them: a date at the gold's precision or finer ("2017-08" and
    /// "2017-08-17"), a place that contains the other ("Barcelona" and "La Rambla, Barcelona").</summary>
    public static bool SameIncident(string gold, string value)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(value);
        var g = gold.Split('|');
        var v = value.Split('|');
        if (g.Length != 5 || v.Length != 5)
        {
            return false;
        }

        return g[2] == v[2] && g[3] == v[3] && g[4] == v[4]
            && (v[0].Length == 0 || v[0].StartsWith(g[0].Split("..")[0], StringComparison.Ordinal) || g[0].StartsWith(v[0], StringComparison.Ordinal))
            && (v[1].Length == 0 || Contains(g[1], v[1]));
    }

    private static bool Contains(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);
}
