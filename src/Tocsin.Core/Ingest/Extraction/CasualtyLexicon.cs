using System.Text.Json;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>The words of casualty figures, read from <c>Data/lexicons/{en,fr}/casualty-terms.json</c>. The
/// languages' lists are kept in their own files and used together, because machine-translated reports mix
/// them.</summary>
internal sealed class CasualtyLexicon
{
    public static CasualtyLexicon Shared { get; } = Load(["en", "fr"]);

    private CasualtyLexicon(Func<string, KeyPhrases> list)
    {
        Killed = list("killed");
        Injured = list("injured");
        KillingVerbs = list("killing_verbs");
        InjuringVerbs = list("injuring_verbs");
        Toll = list("toll");
        Revision = list("revision");
        Qualifiers = list("qualifiers");
        Perpetrators = list("perpetrators");
        Breaks = list("breaks");
        NotCountsAfter = list("not_counts_after");
        NotCountsBefore = list("not_counts_before");
        Claimant = list("claimant");
        OtherIncident = list("other_incident");
        Subset = list("subset");
        Superseded = list("superseded");
        SingleVictimArticles = list("single_victim_articles");
        KilledOne = list("killed_one");
        NotSingleVictims = list("not_single_victims");
        Joins = list("joins");
        JoinedArticles = list("joined_articles");
        AlongWith = list("along_with");
    }

    /// <summary>Words saying people died ("killed", "lost their lives", "morts").</summary>
    public KeyPhrases Killed { get; }

    /// <summary>Words saying people were hurt ("wounded", "blessés").</summary>
    public KeyPhrases Injured { get; }

    /// <summary>Verbs followed by the number of dead ("killing", "tuant").</summary>
    public KeyPhrases KillingVerbs { get; }

    /// <summary>Verbs followed by the number of injured ("wounding", "blessant").</summary>
    public KeyPhrases InjuringVerbs { get; }

    /// <summary>Toll nouns ("death toll", "bilan"): the number that follows is a total of dead.</summary>
    public KeyPhrases Toll { get; }

    /// <summary>Verbs of a revised total ("rose to", "s'élève à"): the latest revised figure wins.</summary>
    public KeyPhrases Revision { get; }

    /// <summary>Words before a number that do not change it ("at least", "plus de").</summary>
    public KeyPhrases Qualifiers { get; }

    /// <summary>Attackers: their own deaths are not victims.</summary>
    public KeyPhrases Perpetrators { get; }

    /// <summary>Words that end the phrase of a number ("before", "and", "avant"): a kind word after one of them
    /// belongs to another clause ("wounding five before being shot dead").</summary>
    public KeyPhrases Breaks { get; }

    /// <summary>Units after a number that make it something other than people (ages, distances, times).</summary>
    public KeyPhrases NotCountsAfter { get; }

    /// <summary>Words before a number that make it something other than people ("aged 17", "flight 17").</summary>
    public KeyPhrases NotCountsBefore { get; }

    /// <summary>Phrases of a group stating its own toll ("said it killed"): used only when nobody else gives one.</summary>
    public KeyPhrases Claimant { get; }

    /// <summary>Phrases that place a sentence's figures in another, earlier incident ("the deadliest since").</summary>
    public KeyPhrases OtherIncident { get; }

    /// <summary>Words that open a subset of the figure ("including five soldiers", "dont quatorze
    /// étrangers"): the kind word after the subset still belongs to the figure.</summary>
    public KeyPhrases Subset { get; }

    /// <summary>Words right before a figure that the report has since replaced ("the first count of nine", "le
    /// premier bilan de"): an earlier figure, not the latest.</summary>
    public KeyPhrases Superseded { get; }

    /// <summary>Indefinite articles that open a noun phrase naming one victim ("a teacher", "une policière").</summary>
    public KeyPhrases SingleVictimArticles { get; }

    /// <summary>Singular verbs of one death after its subject ("was killed", "died", "avait été tué").</summary>
    public KeyPhrases KilledOne { get; }

    /// <summary>Words after an indefinite article that name no victim: a man is as often the attacker, "a day"
    /// is a time ("killed a day after").</summary>
    public KeyPhrases NotSingleVictims { get; }

    /// <summary>Words that join two noun phrases ("and", "et"): a victim phrase after one belongs to the phrase
    /// before it.</summary>
    public KeyPhrases Joins { get; }

    /// <summary>Singular determiners of a victim joined to a counted object ("and the driver", "et son fils").</summary>
    public KeyPhrases JoinedArticles { get; }

    /// <summary>Words after a verb of death that add a victim ("along with his assistant", "ainsi que son fils").</summary>
    public KeyPhrases AlongWith { get; }

    private static CasualtyLexicon Load(string[] languages)
    {
        var documents = languages
            .Select(l => JsonDocument.Parse(IngestResources.Read($"lexicons.{l}.casualty-terms.json")))
            .ToList();
        try
        {
            return new CasualtyLexicon(name => new KeyPhrases(documents.SelectMany(d => Strings(d, name))));
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    private static List<string> Strings(JsonDocument document, string property) =>
        document.RootElement.TryGetProperty(property, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToList()
            : [];
}
