using Tocsin.Storage.Search;

namespace Tocsin.Benchmarks.Search;

/// <summary>The searches timed, as an analyst types them into the search page or the API: a name, aliases (a rare
/// one, one transliterated from Arabic and one in French, each typed without its diacritics), words of descriptions
/// and of reports, and the same with the type, marking and date filters. Every search asks for a page of 25, as the
/// API does by default.</summary>
internal static class SearchMix
{
    private const int Page = 25;

    /// <summary>The searches for a picture of <paramref name="count"/> objects: each named object exists in it.</summary>
    public static IReadOnlyList<(string Label, SearchQuery Query)> For(int count)
    {
        var actor = Index(count * 7 / 10, 6);
        var rareActor = Index(count / 4, 6);
        var report = Index(count / 2, 8);
        var from = new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero);
        var to = from.AddDays(10);
        return
        [
            ("name", Query($"group {actor}")),
            ("rare alias", Query($"g{rareActor}")),
            ("transliterated alias", Query($"wilayat khorasan {rareActor}")),
            ("French alias, no accents", Query($"etat islamique {actor}")),
            ("report title", Query($"situation report {report}")),
            ("description words (1 in 10)", Query("extremist propaganda")),
            ("description word (3 in 10)", Query("logistics")),
            ("report text (1 in 10)", Query("daily summary partner")),
            ("word + type threat-actor", Query("extremist") with { Type = "threat-actor" }),
            ("word + type indicator", Query("logistics") with { Type = "indicator" }),
            ("word + marking", Query("summary") with { Marking = SearchCorpus.Tlp }),
            ("word + dates (10 days)", Query("summary") with { From = from, To = to }),
            ("word + type + marking + dates", Query("analyst") with { Type = "relationship", Marking = SearchCorpus.Tlp, From = from, To = to }),
        ];
    }

    private static SearchQuery Query(string text) => new() { Words = SearchWords.Of(text), Limit = Page };

    // The index at or below `near` of the mix's object of kind `kind` (RealisticStix cycles every 10).
    private static int Index(int near, int kind) => Math.Max(0, (near / 10) - 1) * 10 + kind;
}
