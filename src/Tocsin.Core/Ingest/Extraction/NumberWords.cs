using System.Globalization;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Reads counts written in digits ("137", "1,200", "1 200") or words ("two", "douze").</summary>
internal static class NumberWords
{
    public const string Pattern =
        @"\d{1,3}(?:[,\u00A0\u202F ]\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a\s+dozen|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante";

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["a dozen"] = 12,
        ["un"] = 1,
        ["une"] = 1,
        ["deux"] = 2,
        ["trois"] = 3,
        ["quatre"] = 4,
        ["cinq"] = 5,
        ["sept"] = 7,
        ["huit"] = 8,
        ["neuf"] = 9,
        ["dix"] = 10,
        ["onze"] = 11,
        ["douze"] = 12,
        ["treize"] = 13,
        ["quatorze"] = 14,
        ["quinze"] = 15,
        ["seize"] = 16,
        ["vingt"] = 20,
        ["trente"] = 30,
        ["quarante"] = 40,
        ["cinquante"] = 50,
    };

    public static int? Parse(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != ','));
        if (compact.Length > 0 && compact.All(char.IsDigit))
        {
            return compact.Length <= 7 ? int.Parse(compact, CultureInfo.InvariantCulture) : null;
        }

        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Words.TryGetValue(words, out var n) ? n : null;
    }
}
