using NetTopologySuite.Geometries;

namespace Tocsin.Core.Plan.Territories;

/// <summary>Builds the shipped territory sets from the embedded outlines. Ids and geocodes follow
/// docs/alert-plan.md.</summary>
internal static class TerritorySetLoader
{
    /// <summary>Ids of the shipped sets.</summary>
    public static readonly IReadOnlyList<string> SetIds = ["AUS", "BEL", "FRA", "GBR", "NLD", "USA"];

    public static TerritorySet Load(string id) => id switch
    {
        "FRA" => France(),
        "GBR" => WithSubdivisions("GBR", "uk-countries.geojson"),
        "BEL" => WithSubdivisions("BEL", "belgium-regions.geojson"),
        "NLD" or "USA" or "AUS" => NationOnly(id),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "No such territory set."),
    };

    private static TerritorySet NationOnly(string alpha3)
    {
        var builder = new Builder(alpha3);
        builder.AddNation();
        return builder.Build();
    }

    private static TerritorySet WithSubdivisions(string alpha3, string fileName)
    {
        var builder = new Builder(alpha3);
        builder.AddNation();
        foreach (var (code, attributes, geometry) in GeoResources.Read(fileName, "ISO_3166_2").OrderBy(f => f.Code, StringComparer.Ordinal))
        {
            var suffix = code[(code.IndexOf('-', StringComparison.Ordinal) + 1)..];
            var territory = new Territory($"{alpha3}-{suffix}", GeoResources.Text(attributes, "GEOUNIT"), TerritoryKind.Region, alpha3, [new("ISO3166-2", code)]);
            builder.Add(territory, geometry, null);
        }

        return builder.Build();
    }

    private static TerritorySet France()
    {
        var builder = new Builder("FRA");
        builder.AddNation();
        foreach (var (code, attributes, geometry) in GeoResources.Read("france-regions.geojson", "code").OrderBy(f => f.Code, StringComparer.Ordinal))
        {
            builder.Add(new Territory($"FRA-R{code}", GeoResources.Text(attributes, "nom"), TerritoryKind.Region, "FRA", [new("INSEE-REG", code)]), geometry, null);
        }

        var precise = GeoResources.Read("france-departements-precise.geojson", "code").ToDictionary(f => f.Code, f => f.Geometry, StringComparer.Ordinal);
        foreach (var (code, attributes, geometry) in GeoResources.Read("france-departements.geojson", "code").OrderBy(f => f.Code, StringComparer.Ordinal))
        {
            var parent = $"FRA-R{GeoResources.Text(attributes, "region")}";
            builder.Add(new Territory($"FRA-D{code}", GeoResources.Text(attributes, "nom"), TerritoryKind.Department, parent, [new("INSEE-DEP", code)]), geometry, precise[code]);
        }

        return builder.Build();
    }

    private sealed class Builder(string alpha3)
    {
        private readonly List<Territory> _territories = [];
        private readonly Dictionary<string, Geometry> _outlines = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Geometry> _precise = new(StringComparer.Ordinal);

        public void AddNation()
        {
            var (_, attributes, geometry) = GeoResources.Read("countries.geojson", "ISO_A3_EH").Single(f => string.Equals(f.Code, alpha3, StringComparison.Ordinal));
            Add(new Territory(alpha3, GeoResources.Text(attributes, "NAME_EN"), TerritoryKind.Nation, null, [new("ISO3166-1", alpha3)]), geometry, null);
        }

        public void Add(Territory territory, Geometry outline, Geometry? precise)
        {
            _territories.Add(territory);
            _outlines.Add(territory.Id, outline);
            if (precise is not null)
            {
                _precise.Add(territory.Id, precise);
            }
        }

        public TerritorySet Build() => new(alpha3, _territories, _outlines, _precise);
    }
}
