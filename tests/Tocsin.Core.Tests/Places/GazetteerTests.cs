using Tocsin.Core.Places;
using Tocsin.Core.Plan;

namespace Tocsin.Core.Tests.Places;

public sealed class GazetteerTests
{
    private static readonly Gazetteer France = Gazetteer.Of(PlanCatalogue.Default.FindTerritorySet("FRA")!);

    [Fact]
    public void Paris_is_in_departement_75()
    {
        var first = France.Search("Paris").Value[0];

        Assert.Equal("FRA-D75", first.TerritoryId);
    }

    [Fact]
    public void Cayenne_is_in_Guyane()
    {
        var first = France.Search("Cayenne").Value[0];

        Assert.Equal(("Cayenne", PlaceKind.Prefecture, "FRA-D973", "Guyane"), (first.Name, first.Kind, first.TerritoryId, first.TerritoryName));
    }

    [Fact]
    public void Both_Saint_Denis_are_listed_each_with_its_departement()
    {
        var found = France.Search("saint denis").Value.Where(p => p.Name == "Saint-Denis").Select(p => (p.InseeCode, p.TerritoryName)).ToList();

        Assert.Equal([("97411", "La Réunion"), ("93066", "Seine-Saint-Denis")], found);
    }

    [Theory]
    [InlineData("Évry")]
    [InlineData("evry")]
    [InlineData("EVRY")]
    [InlineData("  évry-")]
    public void Accents_case_and_punctuation_do_not_matter(string query)
    {
        var first = France.Search(query).Value[0];

        Assert.Equal(("91228", "Évry-Courcouronnes"), (first.InseeCode, first.Name));
    }

    [Fact]
    public void A_prefix_finds_the_most_populous_first()
    {
        var names = France.Search("mar", 3).Value.Select(p => p.Name).ToList();

        Assert.Equal("Marseille", names[0]);
    }

    [Fact]
    public void An_exact_name_comes_before_longer_names_starting_with_it()
    {
        var names = France.Search("Lille").Value.Select(p => p.Name).ToList();

        Assert.Equal("Lille", names[0]);
    }

    [Fact]
    public void A_leading_article_may_be_left_out()
    {
        var found = France.Search("Réunion").Value;

        Assert.Contains(found, p => p.Kind == PlaceKind.Territory && p.TerritoryId == "FRA-D974");
    }

    [Fact]
    public void Territory_names_are_places_too()
    {
        var first = France.Search("Seine-Saint-Denis").Value[0];

        Assert.Equal((PlaceKind.Territory, "FRA-D93"), (first.Kind, first.TerritoryId));
    }

    [Fact]
    public void Every_departement_has_its_prefecture()
    {
        var set = PlanCatalogue.Default.FindTerritorySet("FRA")!;

        var withPrefecture = France.Places.Where(p => p.Kind == PlaceKind.Prefecture).Select(p => p.TerritoryId).ToHashSet();

        Assert.Equal(set.Territories.Where(t => t.Id.StartsWith("FRA-D", StringComparison.Ordinal)).Select(t => t.Id).Order(), withPrefecture.Order());
    }

    [Fact]
    public void Overseas_communes_of_10_000_inhabitants_are_listed()
    {
        var overseas = France.Places.Where(p => p.Kind != PlaceKind.Territory && p.InseeCode!.StartsWith("97", StringComparison.Ordinal))
            .GroupBy(p => p.TerritoryId).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(overseas.Keys.Order().SequenceEqual(["FRA-D971", "FRA-D972", "FRA-D973", "FRA-D974", "FRA-D976"]) && overseas.Values.All(n => n >= 5),
            string.Join(", ", overseas));
    }

    [Fact]
    public void Every_commune_listed_has_at_least_10_000_inhabitants_or_is_a_prefecture()
    {
        Assert.All(France.Places.Where(p => p.Kind == PlaceKind.Commune), p => Assert.True(p.Population >= 10_000, p.Name));
    }

    [Fact]
    public void No_match_is_an_empty_answer()
    {
        var found = France.Search("Xyzzyville");

        Assert.Empty(found.Value);
    }

    [Theory]
    [InlineData("", "place-query-empty")]
    [InlineData("  - ' ", "place-query-empty")]
    public void A_query_without_a_letter_is_refused(string query, string code)
    {
        var found = France.Search(query);

        Assert.Equal(code, found.Error!.Code);
    }

    [Fact]
    public void An_oversized_query_is_refused()
    {
        var found = France.Search(new string('a', Gazetteer.MaximumQueryLength + 1));

        Assert.Equal("place-query-too-long", found.Error!.Code);
    }

    [Fact]
    public void A_set_without_communes_still_knows_its_territories()
    {
        var found = Gazetteer.Of(PlanCatalogue.Default.FindTerritorySet("GBR")!).Search("scot").Value;

        Assert.Equal(["GBR-SCT"], found.Select(p => p.TerritoryId));
    }
}
