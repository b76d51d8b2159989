using Tocsin.Core.Ingest.Extraction;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>Numbers written in digits or words, in English and French, read by one grammar.</summary>
public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("seventy-three", 73)]
    [InlineData("Seventy three", 73)]
    [InlineData("two hundred and six", 206)]
    [InlineData("a hundred", 100)]
    [InlineData("one thousand four hundred and twelve", 1412)]
    [InlineData("a dozen", 12)]
    [InlineData("eleven", 11)]
    [InlineData("ninety-nine", 99)]
    [InlineData("1,200", 1200)]
    [InlineData("1 200", 1200)]
    [InlineData("1\u202F200", 1200)]
    [InlineData("12,345,678", 12345678)]
    [InlineData("quatre-vingt-dix", 90)]
    [InlineData("quatre-vingts", 80)]
    [InlineData("quatre-vingt-onze", 91)]
    [InlineData("soixante-dix-sept", 77)]
    [InlineData("soixante et onze", 71)]
    [InlineData("vingt et un", 21)]
    [InlineData("trente-deux", 32)]
    [InlineData("deux cents", 200)]
    [InlineData("trois cent quarante-cinq", 345)]
    [InlineData("mille deux cents", 1200)]
    [InlineData("une douzaine", 12)]
    [InlineData("dix-huit", 18)]
    public void Reads_a_whole_number(string phrase, int expected) =>
        Assert.Equal(expected, NumberWords.Parse(phrase));

    [Theory]
    [InlineData("dozens")]
    [InlineData("hundreds")]
    [InlineData("des dizaines")]
    [InlineData("a")]
    [InlineData("two three")]
    [InlineData("the")]
    [InlineData("")]
    public void Vague_or_ill_formed_quantities_are_not_numbers(string phrase) =>
        Assert.Null(NumberWords.Parse(phrase));

    [Fact]
    public void A_comma_followed_by_a_space_separates_two_numbers() =>
        Assert.Null(NumberWords.Parse("12, 150"));

    [Fact]
    public void Vague_quantities_are_read_as_no_figure_so_nothing_falls_back_on_part_of_them()
    {
        var text = "dozens of people";
        var tokens = Tocsin.Core.Ingest.Text.Tokenizer.Tokenize(text);
        var reading = NumberWords.Read(text, tokens, 0, tokens.Count);
        Assert.NotNull(reading);
        Assert.False(reading.Value.IsFigure);
    }
}
