namespace Tocsin.Core.Plan.Recipients;

/// <summary>The sectors and recipient groups a measure can be addressed to, and a subscriber or partner can
/// belong to. The sectors are the twelve sectors of activity of vital importance of the French defence code
/// (article R1332-2 and its order of 2 June 2006), which other national schemes' sector lists map onto; the
/// groups are the kinds of body a coordinating authority sends restricted measures to.</summary>
public static class RecipientTerms
{
    /// <summary>Every sector, in the order of the defence code's list.</summary>
    public static IReadOnlyList<RecipientTerm> Sectors { get; } =
    [
        Term("state-civil", "Activités civiles de l'État", "Civil activities of the State"),
        Term("judicial", "Activités judiciaires", "Judicial activities"),
        Term("military", "Activités militaires de l'État", "Military activities of the State"),
        Term("food", "Alimentation", "Food"),
        Term("communications", "Communications électroniques, audiovisuel et information", "Electronic communications, broadcasting and information"),
        Term("energy", "Énergie", "Energy"),
        Term("space-research", "Espace et recherche", "Space and research"),
        Term("finance", "Finances", "Finance"),
        Term("water", "Gestion de la ressource en eau", "Water"),
        Term("industry", "Industrie", "Industry"),
        Term("health", "Santé", "Health"),
        Term("transport", "Transports", "Transport"),
    ];

    /// <summary>Every recipient group.</summary>
    public static IReadOnlyList<RecipientTerm> Groups { get; } =
    [
        Term("ministries", "Ministères", "Ministries"),
        Term("prefects", "Préfets", "Prefects"),
        Term("operators", "Opérateurs d'importance vitale", "Operators of vital importance"),
        Term("local-authorities", "Collectivités territoriales", "Local authorities"),
        Term("venue-operators", "Exploitants d'établissements recevant du public", "Operators of venues open to the public"),
        Term("security-forces", "Forces de sécurité intérieure", "Police and gendarmerie"),
    ];

    /// <summary>True when <paramref name="id"/> names a sector (exact, ordinal).</summary>
    public static bool IsSector(string? id) => Sectors.Any(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>True when <paramref name="id"/> names a recipient group (exact, ordinal).</summary>
    public static bool IsGroup(string? id) => Groups.Any(g => string.Equals(g.Id, id, StringComparison.Ordinal));

    private static RecipientTerm Term(string id, string fr, string en) =>
        new(id, new Dictionary<string, string>(StringComparer.Ordinal) { ["fr"] = fr, ["en"] = en });
}
