namespace Tocsin.Core.Plan.Measures;

/// <summary>The kebab-case spelling of <see cref="MeasureDomain"/> used in catalogue files and on the wire.</summary>
public static class MeasureDomains
{
    /// <summary>The spelling of <paramref name="domain"/>, e.g. <c>places-of-worship</c>.</summary>
    public static string ToName(MeasureDomain domain) => domain switch
    {
        MeasureDomain.Gatherings => "gatherings",
        MeasureDomain.Transport => "transport",
        MeasureDomain.Schools => "schools",
        MeasureDomain.PlacesOfWorship => "places-of-worship",
        MeasureDomain.Networks => "networks",
        MeasureDomain.Cyber => "cyber",
        MeasureDomain.PublicBuildings => "public-buildings",
        MeasureDomain.Borders => "borders",
        MeasureDomain.Health => "health",
        MeasureDomain.Commerce => "commerce",
        MeasureDomain.CultureTourism => "culture-tourism",
        MeasureDomain.HazardousMaterials => "hazardous-materials",
        MeasureDomain.Abroad => "abroad",
    };

    /// <summary>The domain spelled <paramref name="name"/> (exact, ordinal), or null.</summary>
    public static MeasureDomain? Parse(string? name)
    {
        foreach (var domain in Enum.GetValues<MeasureDomain>())
        {
            if (string.Equals(ToName(domain), name, StringComparison.Ordinal))
            {
                return domain;
            }
        }

        return null;
    }
}
