using System.Xml;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Server.Plan;

/// <summary>A scheme as the API shows it: its levels with their texts and CAP mapping, the domains its catalogue
/// declares and its measures (only the public ones for a caller without a role).</summary>
public sealed record SchemeView(
    string Id,
    IReadOnlyDictionary<string, string> Names,
    string Country,
    IReadOnlyList<string> Languages,
    string Baseline,
    string TerritorySet,
    IReadOnlyList<SchemeView.LevelView> Levels,
    IReadOnlyList<SchemeView.DomainView> Domains,
    IReadOnlyList<SchemeView.MeasureView> Measures)
{
    /// <summary>The view of <paramref name="scheme"/> with <paramref name="measures"/>, restricted ones only when <paramref name="restricted"/>.</summary>
    public static SchemeView From(AlertScheme scheme, MeasureCatalogue measures, bool restricted)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(measures);
        return new SchemeView(scheme.Id, scheme.Names, scheme.Country, scheme.Languages, scheme.BaselineLevelKey, scheme.TerritorySetId,
            [.. scheme.Levels.Select(l => new LevelView(l.Key, l.Rank, l.Names, l.Descriptions, l.Colour, l.CapEvents, l.Urgency.ToString(),
                l.Severity.ToString(), l.Certainty.ToString(), l.MaximumDuration is { } max ? XmlConvert.ToString(max) : null, l.ExpiryRequired))],
            [.. measures.Domains.Select(d => new DomainView(d.Id, d.Code, d.Titles, d.Objective))],
            [.. measures.Measures.Where(m => m.IsPublic || restricted)
                .Select(m => new MeasureView(m.Id, m.Domain, m.Titles, m.Objective, m.Implementation, m.IsPublic, m.FromLevelKey, m.Sectors, m.RecipientGroups))]);
    }

    /// <summary>One level; <paramref name="MaximumDuration"/> is an ISO 8601 duration or null.</summary>
    public sealed record LevelView(string Key, int Rank, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> Descriptions,
        string Colour, IReadOnlyDictionary<string, string> CapEvents, string Urgency, string Severity, string Certainty, string? MaximumDuration,
        bool ExpiryRequired);

    /// <summary>One domain of the catalogue; <paramref name="Id"/> is what <see cref="MeasureView.Domain"/> names.</summary>
    public sealed record DomainView(string Id, string Code, IReadOnlyDictionary<string, string> Titles, IReadOnlyDictionary<string, string> Objective);

    /// <summary>One measure, active from <paramref name="FromLevel"/> upwards by default, addressed to
    /// <paramref name="Sectors"/> and <paramref name="RecipientGroups"/> (empty: all).</summary>
    public sealed record MeasureView(string Id, string Domain, IReadOnlyDictionary<string, string> Titles, IReadOnlyDictionary<string, string> Objective,
        IReadOnlyDictionary<string, string> Implementation, bool Public, string FromLevel, IReadOnlyList<string> Sectors, IReadOnlyList<string> RecipientGroups);
}
