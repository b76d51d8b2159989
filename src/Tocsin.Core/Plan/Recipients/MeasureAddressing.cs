using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Postures;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Core.Plan.Recipients;

/// <summary>Which measures of a posture reach which recipient. A measure is addressed to a recipient when all
/// three hold: its sectors are empty or share one with the recipient's; its recipient groups are empty or share
/// one with the recipient's; and the recipient covers every territory (no territories) or one of the territories
/// the posture gives the measure is, contains or lies within one of the recipient's. A recipient to whom no
/// measure is addressed receives nothing for that posture. Comparisons are ordinal.</summary>
public static class MeasureAddressing
{
    /// <summary>True when <paramref name="measure"/>, applied by a posture on <paramref name="measureTerritoryIds"/>,
    /// is addressed to <paramref name="recipient"/>; territories are related through <paramref name="territories"/>
    /// (ids it does not know only match themselves).</summary>
    public static bool IsAddressed(Measure measure, IReadOnlyList<string> measureTerritoryIds, RecipientProfile recipient, TerritorySet territories)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(measureTerritoryIds);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(territories);
        return Meets(measure.Sectors, recipient.Sectors)
            && Meets(measure.RecipientGroups, recipient.Groups)
            && (recipient.TerritoryIds.Count == 0
                || measureTerritoryIds.Any(m => recipient.TerritoryIds.Any(r => Overlap(territories, m, r))));
    }

    /// <summary>The measures of <paramref name="posture"/> addressed to <paramref name="recipient"/>, in the
    /// posture's order, each with its territories and dates (the posture's period where the measure has none).
    /// A posture measure whose id <paramref name="catalogue"/> lacks is skipped: it cannot be addressed to anyone.</summary>
    public static IReadOnlyList<AddressedMeasure> For(Posture posture, MeasureCatalogue catalogue, RecipientProfile recipient, TerritorySet territories)
    {
        ArgumentNullException.ThrowIfNull(posture);
        ArgumentNullException.ThrowIfNull(catalogue);
        var byId = catalogue.Measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var addressed = new List<AddressedMeasure>();
        foreach (var item in posture.Measures)
        {
            if (byId.TryGetValue(item.MeasureId, out var measure) && IsAddressed(measure, item.TerritoryIds, recipient, territories))
            {
                addressed.Add(new AddressedMeasure(measure, item.TerritoryIds, item.From ?? posture.StartsAt, item.Until ?? posture.EndsAt));
            }
        }

        return addressed;
    }

    private static bool Meets(IReadOnlyList<string> wanted, IReadOnlyList<string> held) =>
        wanted.Count == 0 || wanted.Any(w => held.Contains(w, StringComparer.Ordinal));

    private static bool Overlap(TerritorySet territories, string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || territories.Covers(a, b) || territories.Covers(b, a);
}
