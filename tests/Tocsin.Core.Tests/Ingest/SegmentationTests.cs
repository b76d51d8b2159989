using Tocsin.Core.Ingest;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>Sentences, clauses and datelines, on sentences written for these tests.</summary>
public sealed class SegmentationTests
{
    [Theory]
    [InlineData("KARACHI, 3 May (Reuters) — Police said a bomb went off near a bus stand.", "KARACHI, 3 May (Reuters) —")]
    [InlineData("NAIROBI (AFP) - Two buses were hit on the coastal road.", "NAIROBI (AFP) -")]
    [InlineData("PARIS — The prosecutor opened an inquiry on Tuesday.", "PARIS —")]
    [InlineData("Kabul, Aug 26 (Reuters) - Blasts shook the airport gates.", "Kabul, Aug 26 (Reuters) -")]
    [InlineData("Headline here\nLAGOS: Gunmen stormed a church on Sunday.", "LAGOS:")]
    public void Datelines_are_recognised(string text, string dateline)
    {
        var analysed = new AnalysedText(text, "en");

        var span = Assert.Single(analysed.Datelines);
        Assert.Equal(dateline, analysed.Text[span.Start..span.End].TrimEnd());
    }

    [Theory]
    [InlineData("ISIS: the group says it struck a checkpoint")]
    [InlineData("Officials in Lagos said - without giving details - that two men were held.")]
    [InlineData("The Minister - who spoke late - denied it.")]
    public void Headlines_and_asides_are_not_datelines(string text)
    {
        Assert.Empty(new AnalysedText(text, "en").Datelines);
    }

    [Fact]
    public void Clauses_split_at_contrasting_conjunctions_and_semicolons()
    {
        var analysed = new AnalysedText("The minister blamed the rebels, while the army said a new group did it; nobody else spoke. Une enquête est ouverte, tandis que la police se tait.", "en");

        var clauses = analysed.Clauses.Select(c => analysed.Text[c.Start..c.End]).ToList();

        Assert.Equal(
            ["The minister blamed the rebels", "while the army said a new group did it", "nobody else spoke.", "Une enquête est ouverte", "tandis que la police se tait."],
            clauses);
    }

    [Fact]
    public void A_run_on_translation_splits_at_a_lower_case_while()
    {
        var analysed = new AnalysedText("He arrived in the region. while his counterpart blamed the neighbours.", "en");

        Assert.Single(analysed.Sentences);
        Assert.Equal(2, analysed.Clauses.Count);
    }

    [Fact]
    public void A_datelined_capital_is_never_the_asserter()
    {
        var draft = Drafts.Of("Blast at market\n\nMOSCOW (AFP) — A bomb killed four people at a market on Friday. The Shadow Brigade of the East claimed responsibility for the blast.");

        Assert.DoesNotContain(draft.Labels(DraftField.Attribution), a => a.StartsWith("Russia|", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Items, i => i.Field == DraftField.Party && i.Label == "Russia");
    }
}
