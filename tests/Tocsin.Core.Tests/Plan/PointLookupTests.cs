using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Core.Tests.Plan;

public sealed class PointLookupTests
{
    private static PointLocation Locate(string set, double latitude, double longitude)
    {
        var territories = PlanCatalogue.Default.FindTerritorySet(set)!;
        return PlanCatalogue.Default.LocatorOf(territories).Locate(latitude, longitude).Value;
    }

    [Fact]
    public void Paris_is_in_departement_75_then_Ile_de_France_then_France()
    {
        var location = Locate("FRA", 48.8566, 2.3522);

        Assert.Equal(["FRA-D75", "FRA-R11", "FRA"], location.Territories.Select(t => t.Id));
    }

    [Theory]
    [InlineData(41.9192, 8.7386, "FRA-D2A")]
    [InlineData(42.6970, 9.4500, "FRA-D2B")]
    [InlineData(45.7640, 4.8357, "FRA-D69")]
    [InlineData(43.2965, 5.3698, "FRA-D13")]
    [InlineData(48.5734, 7.7521, "FRA-D67")]
    [InlineData(48.3904, -4.4861, "FRA-D29")]
    [InlineData(16.2411, -61.5331, "FRA-D971")]
    [InlineData(14.6161, -61.0588, "FRA-D972")]
    [InlineData(4.9372, -52.3260, "FRA-D973")]
    [InlineData(-20.8789, 55.4481, "FRA-D974")]
    [InlineData(-12.7806, 45.2279, "FRA-D976")]
    public void A_French_city_is_in_its_departement(double latitude, double longitude, string expected)
    {
        var location = Locate("FRA", latitude, longitude);

        Assert.Equal(expected, location.Territories[0].Id);
    }

    [Fact]
    public void Ajaccio_falls_outside_the_light_outline_of_2A()
    {
        var light = PlanCatalogue.Default.FindTerritorySet("FRA")!.OutlineOf("FRA-D2A");

        Assert.False(light.Covers(light.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(8.7386, 41.9192))));
    }

    [Fact]
    public void Ajaccio_is_found_inside_2A_through_the_precise_outline()
    {
        var location = Locate("FRA", 41.9192, 8.7386);

        Assert.Equal(("FRA-D2A", PointMatch.Inside), (location.Territories[0].Id, location.Match));
    }

    [Theory]
    [InlineData("GBR", 54.5973, -5.9301, "GBR-NIR")]
    [InlineData("GBR", 55.0068, -7.3183, "GBR-NIR")]
    [InlineData("GBR", 51.5074, -0.1278, "GBR-ENG")]
    [InlineData("GBR", 51.4816, -3.1791, "GBR-WLS")]
    [InlineData("GBR", 55.9533, -3.1883, "GBR-SCT")]
    [InlineData("BEL", 50.8467, 4.3525, "BEL-BRU")]
    [InlineData("BEL", 50.9010, 4.4844, "BEL-VLG")]
    [InlineData("BEL", 50.6326, 5.5797, "BEL-WAL")]
    [InlineData("NLD", 52.3676, 4.9041, "NLD")]
    [InlineData("USA", 38.8977, -77.0365, "USA")]
    [InlineData("AUS", -35.2809, 149.1300, "AUS")]
    public void A_point_abroad_is_in_its_territory(string set, double latitude, double longitude, string expected)
    {
        var location = Locate(set, latitude, longitude);

        Assert.Equal(expected, location.Territories[0].Id);
    }

    [Fact]
    public void Belfast_lists_the_United_Kingdom_as_its_ancestor()
    {
        var location = Locate("GBR", 54.5973, -5.9301);

        Assert.Equal(["GBR-NIR", "GBR"], location.Territories.Select(t => t.Id));
    }

    [Fact]
    public void A_point_three_kilometres_off_Brittany_falls_back_to_Finistere()
    {
        var location = Locate("FRA", 48.045, -4.78);

        Assert.Equal(("FRA-D29", PointMatch.Nearest), (location.Territories[0].Id, location.Match));
    }

    [Fact]
    public void The_fall_back_reports_its_distance()
    {
        var location = Locate("FRA", 48.045, -4.78);

        Assert.InRange(location.DistanceKm!.Value, 2.5, 3.5);
    }

    [Fact]
    public void A_point_200_kilometres_out_at_sea_is_in_no_territory()
    {
        var location = Locate("FRA", 45.5, -4.5);

        Assert.Equal((PointMatch.None, 0), (location.Match, location.Territories.Count));
    }

    [Theory]
    [InlineData(91, 0)]
    [InlineData(0, 181)]
    [InlineData(double.NaN, 0)]
    public void Coordinates_out_of_range_are_refused(double latitude, double longitude)
    {
        var locator = PlanCatalogue.Default.LocatorOf(PlanCatalogue.Default.FindTerritorySet("FRA")!);

        Assert.Equal("coordinates-out-of-range", locator.Locate(latitude, longitude).Error?.Code);
    }
}
