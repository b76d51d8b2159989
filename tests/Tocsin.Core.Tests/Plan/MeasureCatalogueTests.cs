using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Recipients;

namespace Tocsin.Core.Tests.Plan;

public sealed class MeasureCatalogueTests
{
    private static MeasureCatalogue Vigipirate => PlanCatalogue.Default.MeasuresOf("vigipirate");

    [Fact]
    public void Vigipirate_ships_at_least_a_hundred_measures()
    {
        var count = Vigipirate.Measures.Count;

        Assert.InRange(count, 100, 400);
    }

    [Fact]
    public void Vigipirate_declares_the_thirteen_domains_of_the_public_plan_and_uses_each()
    {
        var declared = Vigipirate.Domains.Select(d => d.Code);
        var used = Vigipirate.Measures.Select(m => Vigipirate.FindDomain(m.Domain)!.Code).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["ALR", "RSB", "BAT", "HAZ", "CYB", "AIR", "MAR", "TER", "SAN", "ALI", "RZO", "FRT", "ETR"], declared);
        Assert.Equal(13, used.Count);
    }

    [Fact]
    public void Every_shipped_measure_has_its_title_objective_and_implementation_in_french_and_english()
    {
        var incomplete = Vigipirate.Measures
            .Where(m => new[] { m.Titles, m.Objective, m.Implementation }.Any(texts => !texts.ContainsKey("fr") || !texts.ContainsKey("en")))
            .Select(m => m.Id);

        Assert.Empty(incomplete);
    }

    [Fact]
    public void Every_shipped_measure_names_known_sectors_and_groups()
    {
        var stray = Vigipirate.Measures
            .Where(m => !m.Sectors.All(RecipientTerms.IsSector) || !m.RecipientGroups.All(RecipientTerms.IsGroup))
            .Select(m => m.Id);

        Assert.Empty(stray);
    }

    [Fact]
    public void Every_shipped_measure_id_starts_with_its_domain_code()
    {
        var stray = Vigipirate.Measures.Where(m => !m.Id.StartsWith(Vigipirate.FindDomain(m.Domain)!.Code + "-", StringComparison.Ordinal)).Select(m => m.Id);

        Assert.Empty(stray);
    }

    [Fact]
    public void About_a_third_of_the_shipped_measures_are_restricted()
    {
        var share = Vigipirate.Measures.Count(m => !m.IsPublic) / (double)Vigipirate.Measures.Count;

        Assert.InRange(share, 0.25, 0.5);
    }

    [Fact]
    public void Each_level_of_vigipirate_brings_measures_of_its_own()
    {
        var levels = Vigipirate.Measures.Select(m => m.FromLevelKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        Assert.Equal(["securite-renforcee-risque-attentat", "urgence-attentat", "vigilance"], levels);
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
    [InlineData("vigilance", "RSB-04")]
    [InlineData("securite-renforcee-risque-attentat", "RSB-08")]
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
}
