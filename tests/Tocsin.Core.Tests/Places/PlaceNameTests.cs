using Tocsin.Core.Places;

namespace Tocsin.Core.Tests.Places;

public sealed class PlaceNameTests
{
    [Theory]
    [InlineData("Évry-Courcouronnes", "evry courcouronnes")]
    [InlineData("L'Haÿ-les-Roses", "l hay les roses")]
    [InlineData("Saint-Étienne-du-Rouvray", "saint etienne du rouvray")]
    [InlineData("  Cœur  ", "coeur")]
    [InlineData("SAINT   DENIS", "saint denis")]
    [InlineData("-'", "")]
    public void Names_compare_without_case_accents_or_punctuation(string name, string key)
    {
        Assert.Equal(key, PlaceName.Key(name));
    }

    [Theory]
    [InlineData("la reunion", "reunion")]
    [InlineData("le havre", "havre")]
    [InlineData("l hay les roses", "hay les roses")]
    [InlineData("lens", "lens")]
    [InlineData("la", "la")]
    public void A_leading_article_can_be_dropped(string key, string bare)
    {
        Assert.Equal(bare, PlaceName.WithoutArticle(key));
    }
}
