using System.Collections.Frozen;

namespace Tocsin.Core.Sharing;

/// <summary>The named groups a REL TO marking may use, each a set of ISO 3166-1 alpha-3 countries.
/// Configurable; <see cref="Default"/> holds FVEY, EU and NATO as of 2024.</summary>
public sealed class ReleasabilityGroups
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _groups;

    /// <summary>A table of groups; names and members are upper-cased.</summary>
    /// <exception cref="ArgumentException">A group name is three letters (it would read as a country).</exception>
    public ReleasabilityGroups(IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var table = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var (name, members) in groups)
        {
            var upper = name.ToUpperInvariant();
            if (PartnerProfileRules.IsCountryCode(upper))
            {
                throw new ArgumentException($"Group name '{name}' would read as a country code.", nameof(groups));
            }

            table[upper] = members.Select(m => m.ToUpperInvariant()).ToFrozenSet(StringComparer.Ordinal);
        }

        _groups = table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>FVEY (AUS, CAN, GBR, NZL, USA), EU (the 27 member states) and NATO (the 32 members).</summary>
    public static ReleasabilityGroups Default { get; } = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["FVEY"] = ["AUS", "CAN", "GBR", "NZL", "USA"],
        ["EU"] = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA",
            "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"],
        ["NATO"] = ["ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LVA",
            "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA"],
    });

    /// <summary>The group names, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _groups.Keys.Order(StringComparer.Ordinal)];

    /// <summary>True when <paramref name="code"/> names a group of this table.</summary>
    public bool IsGroup(string code) => _groups.ContainsKey(code);

    /// <summary>The members of a group; empty for an unknown name.</summary>
    public IReadOnlySet<string> MembersOf(string group) =>
        _groups.TryGetValue(group, out var members) ? members : FrozenSet<string>.Empty;

    /// <summary>Every REL TO code <paramref name="partner"/> qualifies under: its country, its own
    /// releasability codes, and each group whose members include its country.</summary>
    public IReadOnlySet<string> CodesOf(PartnerProfile partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var codes = new HashSet<string>(StringComparer.Ordinal) { partner.Country };
        codes.UnionWith(partner.Releasability);
        foreach (var (group, members) in _groups)
        {
            if (members.Contains(partner.Country))
            {
                codes.Add(group);
            }
        }

        return codes;
    }

    /// <summary>A stable text of the whole table, for telling whether the configuration changed.</summary>
    public string Fingerprint() => string.Join(';', _groups.OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key + "=" + string.Join(',', g.Value.Order(StringComparer.Ordinal))));
}
