using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Measures;

namespace Tocsin.Core.Tests.Plan;

public sealed class MeasureCatalogueTests
{
    private static MeasureCatalogue Vigipirate => PlanCatalogue.Default.MeasuresOf("vigipirate");

    [Fact]
    public void Vigipirate_ships_about_forty_public_measures()
    {
        var count = Vigipirate.Measures.Count(m => m.IsPublic);

        Assert.InRange(count, 35, 50);
    }

    [Fact]
    public void Vigipirate_measures_cover_all_thirteen_domains()
    {
        var domains = Vigipirate.Measures.Select(m => m.Domain).Distinct().Count();

        Assert.Equal(Enum.GetValues<MeasureDomain>().Length, domains);
    }

    [Fact]
    public void Restricted_measures_exist_in_the_catalogue()
    {
        var restricted = Vigipirate.Measures.Count(m => !m.IsPublic);

        Assert.True(restricted > 0);
    }

    [Fact]
    public void Measures_active_at_a_level_include_those_of_lower_levels()
    {
        var atVigilance = Vigipirate.ActiveAt("vigilance").Value.Select(m => m.Id);
        var atUrgence = Vigipirate.ActiveAt("urgence-attentat").Value.Select(m => m.Id);

        Assert.Superset(atVigilance.ToHashSet(), atUrgence.ToHashSet());
    }

    [Fact]
    public void At_the_top_level_every_measure_is_active()
    {
        var active = Vigipirate.ActiveAt("urgence-attentat").Value;

        Assert.Equal(Vigipirate.Measures.Count, active.Count);
    }

    [Theory]
    [InlineData("vigilance", "RAS-02")]
    [InlineData("securite-renforcee-risque-attentat", "RAS-04")]
    public void A_measure_is_not_active_below_its_lowest_level(string level, string measureId)
    {
        var active = Vigipirate.ActiveAt(level).Value;

        Assert.DoesNotContain(active, m => m.Id == measureId);
    }

    [Fact]
    public void Public_only_leaves_restricted_measures_out()
    {
        var active = Vigipirate.ActiveAt("urgence-attentat", publicOnly: true).Value;

        Assert.All(active, m => Assert.True(m.IsPublic));
    }

    [Fact]
    public void An_unknown_level_is_refused()
    {
        var result = Vigipirate.ActiveAt("rouge");

        Assert.Equal("unknown-level", result.Error?.Code);
    }

    [Fact]
    public void A_scheme_without_a_shipped_catalogue_has_no_measures()
    {
        var catalogue = PlanCatalogue.Default.MeasuresOf("uk-threat-level");

        Assert.Empty(catalogue.Measures);
    }

    [Fact]
    public void A_broken_catalogue_file_reports_every_problem()
    {
        const string json = """
            { "scheme": "vigipirate", "measures": [
              { "id": "X-1", "domain": "weather", "titles": { "fr": "t" }, "public": true, "fromLevel": "rouge" },
              { "id": "X-1", "domain": "cyber", "titles": { "fr": "t", "en": "t" }, "fromLevel": "vigilance" } ] }
            """;

        var (_, issues) = MeasureCatalogueReader.Read(json, PlanCatalogue.Default.FindScheme("vigipirate")!);

        Assert.Equal(
            ["domain-unknown", "from-level-unknown", "measure-id-duplicate", "public-missing", "title-missing"],
            issues.Select(i => i.Rule).Order(StringComparer.Ordinal));
    }
}
