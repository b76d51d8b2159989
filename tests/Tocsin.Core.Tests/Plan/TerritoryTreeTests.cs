using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Core.Tests.Plan;

public sealed class TerritoryTreeTests
{
    private static TerritorySet France => PlanCatalogue.Default.FindTerritorySet("FRA")!;

    [Fact]
    public void France_has_101_departements()
    {
        var count = France.Territories.Count(t => t.Kind == TerritoryKind.Department);

        Assert.Equal(101, count);
    }

    [Fact]
    public void France_has_18_regions()
    {
        var count = France.Territories.Count(t => t.Kind == TerritoryKind.Region);

        Assert.Equal(18, count);
    }

    [Theory]
    [InlineData("FRA-D971", "FRA-R01")]
    [InlineData("FRA-D972", "FRA-R02")]
    [InlineData("FRA-D973", "FRA-R03")]
    [InlineData("FRA-D974", "FRA-R04")]
    [InlineData("FRA-D976", "FRA-R06")]
    [InlineData("FRA-D75", "FRA-R11")]
    [InlineData("FRA-D2A", "FRA-R94")]
    [InlineData("FRA-D29", "FRA-R53")]
    public void A_departement_belongs_to_its_region(string departement, string region)
    {
        var parent = France.Find(departement)!.ParentId;

        Assert.Equal(region, parent);
    }

    [Fact]
    public void Lineage_runs_from_the_departement_to_the_nation()
    {
        var lineage = France.LineageOf("FRA-D75").Select(t => t.Id);

        Assert.Equal(["FRA-D75", "FRA-R11", "FRA"], lineage);
    }

    [Fact]
    public void Departement_75_and_region_75_are_different_territories()
    {
        var names = (France.Find("FRA-D75")!.Name, France.Find("FRA-R75")!.Name);

        Assert.Equal(("Paris", "Nouvelle-Aquitaine"), names);
    }

    [Fact]
    public void A_departement_carries_its_INSEE_geocode()
    {
        var geocode = Assert.Single(France.Find("FRA-D2A")!.Geocodes);

        Assert.Equal(new CapGeocode("INSEE-DEP", "2A"), geocode);
    }

    [Fact]
    public void A_national_decision_covers_an_overseas_departement()
    {
        var covers = France.Covers("FRA", "FRA-D973");

        Assert.True(covers);
    }

    [Fact]
    public void A_regional_decision_does_not_cover_another_region()
    {
        var covers = France.Covers("FRA-R11", "FRA-D13");

        Assert.False(covers);
    }

    [Fact]
    public void The_United_Kingdom_has_Northern_Ireland_separate_from_Great_Britain()
    {
        var children = PlanCatalogue.Default.FindTerritorySet("GBR")!.ChildrenOf("GBR").Select(t => t.Id);

        Assert.Equal(["GBR-ENG", "GBR-NIR", "GBR-SCT", "GBR-WLS"], children);
    }

    [Fact]
    public void Northern_Ireland_carries_its_ISO_3166_2_geocode()
    {
        var geocode = Assert.Single(PlanCatalogue.Default.FindTerritorySet("GBR")!.Find("GBR-NIR")!.Geocodes);

        Assert.Equal(new CapGeocode("ISO3166-2", "GB-NIR"), geocode);
    }

    [Fact]
    public void Belgium_has_Brussels_separate_from_Flanders_and_Wallonia()
    {
        var children = PlanCatalogue.Default.FindTerritorySet("BEL")!.ChildrenOf("BEL").Select(t => t.Id);

        Assert.Equal(["BEL-BRU", "BEL-VLG", "BEL-WAL"], children);
    }

    [Theory]
    [InlineData("NLD")]
    [InlineData("USA")]
    [InlineData("AUS")]
    public void Nation_only_sets_hold_just_the_nation(string id)
    {
        var territories = PlanCatalogue.Default.FindTerritorySet(id)!.Territories;

        Assert.Equal(id, Assert.Single(territories).Id);
    }

    [Fact]
    public void Every_outline_is_valid()
    {
        var invalid = PlanCatalogue.TerritorySetIds
            .Select(id => PlanCatalogue.Default.FindTerritorySet(id)!)
            .SelectMany(set => set.Territories.Where(t => !set.OutlineOf(t.Id).IsValid || !set.PreciseOutlineOf(t.Id).IsValid).Select(t => t.Id));

        Assert.Empty(invalid);
    }
}
