namespace Tocsin.Core.Ingest.Text;

/// <summary>Word-level unification of transliteration and translation variants of Arabic-derived and
/// Cyrillic-derived names (docs/ingest.md, "Normalisation"). Applied to folded keys of both the text and
/// the aliases, so either spelling matches the other.</summary>
internal static class SpellingVariants
{
    /// <summary>Arabic definite articles (al-, el-, ad-, ash-, ...) and French elided articles: dropped
    /// when matching names, so "al-Shabaab", "Shabaab" and "el Shabaab" are one name.</summary>
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "al", "el", "ad", "ash", "as", "an", "at", "ar", "az", "adh", "ath", "ul", "the",
    };

    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["qaeda"] = "qaida",
        ["qaida"] = "qaida",
        ["quaida"] = "qaida",
        ["qaeda's"] = "qaida",
        ["kaida"] = "qaida",
        ["qa"] = "qa",
        ["daech"] = "daesh",
        ["daish"] = "daesh",
        ["daesh"] = "daesh",
        ["dash"] = "dash",
        ["daesh's"] = "daesh",
        ["khurasan"] = "khorasan",
        ["khorassan"] = "khorasan",
        ["khorassane"] = "khorasan",
        ["khorasan"] = "khorasan",
        ["horasan"] = "khorasan",
        ["chorasan"] = "khorasan",
        ["hizbollah"] = "hezbollah",
        ["hizballah"] = "hezbollah",
        ["hizbullah"] = "hezbollah",
        ["hezballah"] = "hezbollah",
        ["hezbollah"] = "hezbollah",
        ["shabab"] = "shabaab",
        ["chabab"] = "shabaab",
        ["shebab"] = "shabaab",
        ["chebab"] = "shabaab",
        ["djihad"] = "jihad",
        ["jihad"] = "jihad",
        ["islamiyya"] = "islamiya",
        ["islamiyah"] = "islamiya",
        ["islamiyya's"] = "islamiya",
        ["mohammed"] = "muhammad",
        ["mohammad"] = "muhammad",
        ["muhammed"] = "muhammad",
        ["mohamed"] = "muhammad",
        ["igil"] = "isil",
        ["vilayat"] = "wilayat",
        ["velayat"] = "wilayat",
        ["wilaya"] = "wilayat",
        ["deash"] = "daesh",
        ["eiil"] = "isil",
        ["sham"] = "sham",
        ["cham"] = "sham",
        ["shaam"] = "sham",
        ["nosra"] = "nusra",
        ["nusrah"] = "nusra",
        ["talibans"] = "taliban",
        ["taleban"] = "taliban",
        ["etat"] = "etat",
    };

    /// <summary>Tokens after which a lone "x" or "kh" is the Cyrillic Х (Kh) of "Khorasan" in a literal
    /// transliteration, e.g. ISIL-X for ISIL-K.</summary>
    private static readonly HashSet<string> IslamicStateAcronyms = new(StringComparer.Ordinal) { "isis", "isil", "is", "ig", "ei", "daesh" };

    public static bool IsArticle(string key) => Articles.Contains(key);

    public static string Canonical(string key, string? previousKey)
    {
        if (key is "x" or "kh" && previousKey is not null && IslamicStateAcronyms.Contains(previousKey))
        {
            return "k";
        }

        return Variants.TryGetValue(key, out var canonical) ? canonical : key;
    }
}
