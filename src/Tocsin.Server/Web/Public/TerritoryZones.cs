using Tocsin.Core.Plan.Territories;

namespace Tocsin.Server.Web.Public;

/// <summary>The IANA time zone a territory's readers live in, so that times on its pages are theirs: a decision
/// taken at 09:00 in Paris is shown as 04:00 in Cayenne. A territory without its own zone takes its nearest
/// ancestor's; a nation takes its capital's.</summary>
public static class TerritoryZones
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.Ordinal)
    {
        ["FRA"] = "Europe/Paris",
        ["FRA-R01"] = "America/Guadeloupe",
        ["FRA-D971"] = "America/Guadeloupe",
        ["FRA-R02"] = "America/Martinique",
        ["FRA-D972"] = "America/Martinique",
        ["FRA-R03"] = "America/Cayenne",
        ["FRA-D973"] = "America/Cayenne",
        ["FRA-R04"] = "Indian/Reunion",
        ["FRA-D974"] = "Indian/Reunion",
        ["FRA-R06"] = "Indian/Mayotte",
        ["FRA-D976"] = "Indian/Mayotte",
        ["GBR"] = "Europe/London",
        ["BEL"] = "Europe/Brussels",
        ["NLD"] = "Europe/Amsterdam",
        ["USA"] = "America/New_York",
        ["AUS"] = "Australia/Sydney",
    };

    /// <summary>The zone of <paramref name="territoryId"/> in <paramref name="set"/>; UTC when none is known.</summary>
    public static TimeZoneInfo Of(TerritorySet set, string territoryId)
    {
        ArgumentNullException.ThrowIfNull(set);
        var lineage = set.Contains(territoryId) ? set.LineageOf(territoryId) : [];
        foreach (var territory in lineage.Reverse().Prepend(set.Find(territoryId)).OfType<Territory>())
        {
            if (Zones.TryGetValue(territory.Id, out var id))
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
        }

        return Zones.TryGetValue(set.Nation.Id, out var nation) ? TimeZoneInfo.FindSystemTimeZoneById(nation) : TimeZoneInfo.Utc;
    }
}
