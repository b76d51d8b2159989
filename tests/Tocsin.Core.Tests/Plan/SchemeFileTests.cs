using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Tests.Plan;

public sealed class SchemeFileTests
{
    public static TheoryData<string> SchemeFiles => [.. PlanCatalogue.SchemeFileNames];

    [Fact]
    public void Six_schemes_are_shipped()
    {
        var ids = PlanCatalogue.Default.Schemes.Select(s => s.Id);

        Assert.Equal(["au-threat-level", "be-threat-level", "nl-threat-level", "uk-threat-level", "us-ntas", "vigipirate"], ids);
    }

    [Theory]
    [MemberData(nameof(SchemeFiles))]
    public void Every_shipped_scheme_file_loads_without_problems(string fileName)
    {
        var result = AlertSchemeReader.Read(PlanResources.ReadText(fileName));

        Assert.Empty(result.Issues);
    }

    [Theory]
    [InlineData("vigipirate", "vigilance,securite-renforcee-risque-attentat,urgence-attentat")]
    [InlineData("uk-threat-level", "low,moderate,substantial,severe,critical")]
    [InlineData("us-ntas", "bulletin,elevated-alert,imminent-alert")]
    [InlineData("nl-threat-level", "minimaal,beperkt,aanzienlijk,substantieel,kritiek")]
    [InlineData("be-threat-level", "niveau-1,niveau-2,niveau-3,niveau-4")]
    [InlineData("au-threat-level", "not-expected,possible,probable,expected,certain")]
    public void Each_scheme_has_its_levels_in_rank_order(string schemeId, string keys)
    {
        var scheme = PlanCatalogue.Default.FindScheme(schemeId)!;

        Assert.Equal(keys, string.Join(',', scheme.Levels.Select(l => l.Key)));
    }

    [Theory]
    [InlineData("vigipirate", "FRA", "FRA")]
    [InlineData("uk-threat-level", "GBR", "GBR")]
    [InlineData("us-ntas", "USA", "USA")]
    [InlineData("nl-threat-level", "NLD", "NLD")]
    [InlineData("be-threat-level", "BEL", "BEL")]
    [InlineData("au-threat-level", "AUS", "AUS")]
    public void Each_scheme_names_its_country_and_an_existing_territory_set(string schemeId, string country, string set)
    {
        var scheme = PlanCatalogue.Default.FindScheme(schemeId)!;

        Assert.Equal((country, set), (scheme.Country, PlanCatalogue.Default.TerritoriesOf(scheme).Id));
    }

    [Fact]
    public void Every_NTAS_level_requires_an_expiry_and_has_a_maximum_duration()
    {
        var levels = PlanCatalogue.Default.FindScheme("us-ntas")!.Levels;

        Assert.All(levels, l => Assert.True(l.ExpiryRequired && l.MaximumDuration is not null));
    }

    [Fact]
    public void Vigipirate_names_its_top_level_in_French_and_English()
    {
        var level = PlanCatalogue.Default.FindScheme("vigipirate")!.FindLevel("urgence-attentat")!;

        Assert.Equal(("Urgence attentat", "Attack emergency"), (level.Names["fr"], level.Names["en"]));
    }

    [Fact]
    public void Belgian_levels_are_named_in_French_Dutch_and_English()
    {
        var level = PlanCatalogue.Default.FindScheme("be-threat-level")!.FindLevel("niveau-3")!;

        Assert.Equal(["en", "fr", "nl"], level.Names.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Urgence_attentat_maps_to_an_immediate_extreme_CAP_alert()
    {
        var level = PlanCatalogue.Default.FindScheme("vigipirate")!.FindLevel("urgence-attentat")!;

        Assert.Equal((CapUrgency.Immediate, CapSeverity.Extreme, CapCertainty.Likely), (level.Urgency, level.Severity, level.Certainty));
    }
}
