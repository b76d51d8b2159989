using System.Globalization;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Core.Tests.Plan;

public sealed class CapAreaTests
{
    public static TheoryData<string, string> Territories => new()
    {
        { "FRA", "FRA" },
        { "FRA", "FRA-R53" },
        { "FRA", "FRA-R75" },
        { "FRA", "FRA-D971" },
        { "FRA", "FRA-D976" },
        { "FRA", "FRA-D29" },
        { "FRA", "FRA-D13" },
        { "GBR", "GBR" },
        { "BEL", "BEL-VLG" },
        { "USA", "USA" },
        { "AUS", "AUS" },
    };

    private static CapArea Area(string set, string territory) =>
        CapAreaBuilder.Build(PlanCatalogue.Default.FindTerritorySet(set)!, territory).Value;

    private static (double Latitude, double Longitude)[] Points(string polygon) =>
        [.. polygon.Split(' ').Select(pair => pair.Split(','))
            .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))];

    [Theory]
    [MemberData(nameof(Territories))]
    public void Every_polygon_has_at_most_100_points(string set, string territory)
    {
        var area = Area(set, territory);

        Assert.All(area.Polygons, p => Assert.InRange(Points(p).Length, 4, 100));
    }

    [Theory]
    [MemberData(nameof(Territories))]
    public void Every_polygon_is_closed(string set, string territory)
    {
        var area = Area(set, territory);

        Assert.All(area.Polygons, p => Assert.Equal(Points(p)[0], Points(p)[^1]));
    }

    [Theory]
    [MemberData(nameof(Territories))]
    public void A_territory_gives_between_one_and_ten_polygons(string set, string territory)
    {
        var area = Area(set, territory);

        Assert.InRange(area.Polygons.Count, 1, 10);
    }

    [Fact]
    public void Pairs_are_written_latitude_first()
    {
        var points = Points(Area("FRA", "FRA-D75").Polygons[0]);

        Assert.All(points, p => Assert.True(p.Latitude is > 48.8 and < 48.91 && p.Longitude is > 2.22 and < 2.47));
    }

    [Fact]
    public void Guadeloupe_is_drawn_around_its_islands()
    {
        var points = Area("FRA", "FRA-D971").Polygons.SelectMany(Points).ToList();

        Assert.All(points, p => Assert.True(p.Latitude is > 15.8 and < 16.6 && p.Longitude is > -61.9 and < -60.9));
    }

    [Fact]
    public void Coordinates_have_four_decimals()
    {
        var pair = Area("FRA", "FRA-D971").Polygons[0].Split(' ')[0];

        Assert.Matches(@"^-?\d+\.\d{4},-?\d+\.\d{4}$", pair);
    }

    [Fact]
    public void The_area_carries_the_territory_geocodes()
    {
        var area = Area("FRA", "FRA-D971");

        Assert.Equal([new CapGeocode("INSEE-DEP", "971")], area.Geocodes);
    }

    [Fact]
    public void An_unknown_territory_is_refused()
    {
        var result = CapAreaBuilder.Build(PlanCatalogue.Default.FindTerritorySet("FRA")!, "FRA-D99");

        Assert.Equal("unknown-territory", result.Error?.Code);
    }

    [Fact]
    public void An_area_is_derived_once_per_set_and_then_given_again()
    {
        var set = PlanCatalogue.Default.FindTerritorySet("FRA")!;

        Assert.Same(CapAreaBuilder.Build(set, "FRA-D13").Value, CapAreaBuilder.Build(set, "FRA-D13").Value);
    }

    [Fact]
    public void An_unknown_territory_is_refused_even_after_a_known_one_was_derived()
    {
        var set = PlanCatalogue.Default.FindTerritorySet("FRA")!;
        _ = CapAreaBuilder.Build(set, "FRA-D13");

        Assert.Equal("unknown-territory", CapAreaBuilder.Build(set, "FRA-D13X").Error?.Code);
    }
}
