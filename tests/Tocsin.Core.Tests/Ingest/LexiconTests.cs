using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>The assertion lexicons are data per language, read whole and matched per language.</summary>
public sealed class LexiconTests
{
    [Theory]
    [InlineData("Claim", "The front claimed responsibility.", "Le front a revendiqué l'attaque.")]
    [InlineData("Accuse", "The minister accused the neighbours.", "Le ministre a accusé les voisins.")]
    [InlineData("Assess", "The services believe it.", "Les services estiment que c'est vrai.")]
    [InlineData("Report", "The minister said it.", "Le ministre a déclaré cela.")]
    [InlineData("Role", "The interior minister spoke.", "Le ministre de l'Intérieur a parlé.")]
    [InlineData("Reference", "This structure spoke.", "Cette structure a parlé.")]
    public void Every_class_has_phrases_in_both_languages(string name, string english, string french)
    {
        var cls = Enum.Parse<CueClass>(name);
        Assert.Contains(Match(english, "en"), c => c.Class == cls);
        Assert.Contains(Match(french, "fr"), c => c.Class == cls);
        Assert.Contains("brigade", Lexicon.Instance.GroupWords);
        Assert.Contains("general", Lexicon.Instance.PersonTitles);
    }

    [Fact]
    public void A_word_is_read_in_the_report_language_only()
    {
        // "suspect" is an assessing verb in English ("suspect him of") and a noun in French.
        Assert.Contains(Match("Investigators suspect him of links to the cell.", "en"), c => c.Class == CueClass.Assess);
        Assert.DoesNotContain(Match("Le suspect a été interpellé à son domicile.", "fr"), c => c.Class == CueClass.Assess);
    }

    [Fact]
    public void A_claim_verb_needs_the_attack_as_its_object()
    {
        Assert.Contains(Match("The front claimed on its channel the bombing of the depot.", "en"), c => c.Class == CueClass.Claim);
        Assert.DoesNotContain(Match("The front claimed that prices had doubled.", "en"), c => c.Class == CueClass.Claim);
    }

    private static List<CueMatch> Match(string text, string language)
    {
        var analysed = new AnalysedText(text, language);
        return analysed.Cues;
    }
}
