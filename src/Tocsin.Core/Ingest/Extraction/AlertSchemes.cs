using System.Text.Json;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>The six schemes of the alert plan whose level changes ingest recognises — France's Vigipirate,
/// the UK threat level, Belgium's OCAM levels, the Netherlands' NCTV levels, the US NTAS and Australia's
/// NTTAS — and the words of level changes, read from <c>Data/lexicons/{en,fr}/scheme-*.json</c>
/// (docs/ingest.md, "Threat levels"). Each language's words stay in its own files; they are used together.</summary>
internal static class AlertSchemes
{
    private static readonly string[] Languages = ["en", "fr"];

    public static IReadOnlyList<AlertScheme> All { get; } = LoadSchemes();

    /// <summary>Verbs of a raise ("raised", "relevé").</summary>
    public static KeyPhrases Raise { get; } = Terms("raise");

    /// <summary>Verbs of a lowering ("lowered", "abaissé").</summary>
    public static KeyPhrases Lower { get; } = Terms("lower");

    /// <summary>Verbs that set a level without saying which way ("moved", "issued", "passé").</summary>
    public static KeyPhrases Set { get; } = Terms("set");

    /// <summary>Words before the verb that make it no change ("remains", "not", "reste", "maintenu").</summary>
    public static KeyPhrases Unchanged { get; } = Terms("unchanged");

    /// <summary>"its highest level", "au niveau maximal".</summary>
    public static KeyPhrases Highest { get; } = Terms("highest");

    /// <summary>"its lowest level".</summary>
    public static KeyPhrases Lowest { get; } = Terms("lowest");

    /// <summary>"the second highest step", "le deuxième niveau le plus élevé": one below the top of the scale.</summary>
    public static KeyPhrases SecondHighest { get; } = Terms("second_highest");

    /// <summary>Words before a bare number that make it a level on a numbered scale ("to 3", "from four", "à 2").</summary>
    public static KeyPhrases BeforeBareLevel { get; } = Terms("before_bare_level");

    /// <summary>"above", "below", "au-dessus de": the level after them bounds another, it is not the level set.</summary>
    public static KeyPhrases Comparative { get; } = Terms("comparative");

    /// <summary>"very", "très": before "élevé" or "high" they make an adjective, not a change verb.</summary>
    public static KeyPhrases Intensifiers { get; } = Terms("intensifiers");

    /// <summary>Words introducing the level before ("from", "de", "du").</summary>
    public static KeyPhrases From { get; } = Terms("from");

    /// <summary>"4 out of 5", "3 sur 4".</summary>
    public static KeyPhrases OutOf { get; } = Terms("out_of");

    /// <summary>"level 4", "niveau 3".</summary>
    public static KeyPhrases Level { get; } = Terms("level");

    /// <summary>"a day after", "au lendemain": the change was the day before the report.</summary>
    public static KeyPhrases DayBefore { get; } = Terms("relative_day_before");

    /// <summary>Ordinals by rank, lowest first ("second", "troisième"): "the fourth step of five" is rank 4.</summary>
    public static IReadOnlyList<KeyPhrases> Ordinals { get; } = [.. Enumerable.Range(1, 5).Select(rank => Terms($"ordinal_{rank}"))];

    /// <summary>"until now", "jusqu'ici", "se trouvait": a level held before the change, not the one set.</summary>
    public static KeyPhrases HeldBefore { get; } = Terms("held_before");

    /// <summary>"asked for", "could", "pourrait": the change verb after them is wanted or possible, not made.</summary>
    public static KeyPhrases Irrealis { get; } = Terms("irrealis");

    /// <summary>"expire", "withdrew", "levée": the alert named ends, and the scheme returns to the level after it.</summary>
    public static KeyPhrases End { get; } = Terms("end");

    /// <summary>"replaced", "remplacé": the level before comes first ("replaced its bulletin with an alert").</summary>
    public static KeyPhrases Replace { get; } = Terms("replace");

    /// <summary>Names of a national threat level that fit any scheme ("the terrorism threat level").</summary>
    public static KeyPhrases Generic { get; } = Terms("generic");

    private static KeyPhrases Terms(string property) =>
        new(Languages.SelectMany(l => Strings(Document($"lexicons.{l}.scheme-terms.json").RootElement, property)));

    private static List<AlertScheme> LoadSchemes()
    {
        var entries = Languages
            .SelectMany(l => Document($"lexicons.{l}.scheme-names.json").RootElement.GetProperty("schemes").EnumerateArray())
            .ToList();
        return entries
            .GroupBy(e => e.GetProperty("id").GetString()!, StringComparer.Ordinal)
            .Select(Scheme)
            .ToList();
    }

    private static AlertScheme Scheme(IGrouping<string, JsonElement> entries)
    {
        var first = entries.First();
        var levels = first.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("key").GetString()!).ToList();
        var regions = entries
            .SelectMany(e => e.TryGetProperty("regions", out var r) ? r.EnumerateArray().ToList() : [])
            .GroupBy(r => r.GetProperty("territory").GetString()!, StringComparer.Ordinal)
            .Select(g => (g.Key, new KeyPhrases(g.SelectMany(r => Strings(r, "words")))))
            .ToList();
        return new AlertScheme(
            entries.Key,
            first.GetProperty("territory").GetString()!,
            first.TryGetProperty("numbered", out var numbered) && numbered.GetBoolean(),
            new KeyPhrases(entries.SelectMany(e => Strings(e, "names"))),
            new KeyPhrases(entries.SelectMany(e => Strings(e, "descriptions"))),
            new KeyPhrases(entries.SelectMany(e => Strings(e, "context"))),
            regions,
            levels.Select(key => (key, new KeyPhrases(entries.SelectMany(e => LevelWords(e, key))))).ToList());
    }

    private static List<string> LevelWords(JsonElement scheme, string key) =>
        scheme.GetProperty("levels").EnumerateArray()
            .Where(l => l.GetProperty("key").GetString() == key)
            .SelectMany(l => Strings(l, "words"))
            .ToList();

    private static JsonDocument Document(string name) => JsonDocument.Parse(IngestResources.Read(name));

    private static List<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
}
