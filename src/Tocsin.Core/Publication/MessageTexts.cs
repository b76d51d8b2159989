namespace Tocsin.Core.Publication;

/// <summary>The few fixed phrases of a message that do not come from the scheme file, per language
/// (<c>fr</c>, <c>nl</c>; English otherwise), and the RFC 5646 tag written in each <c>info</c>.</summary>
internal static class MessageTexts
{
    private static readonly Dictionary<string, string> Alpha2 = new(StringComparer.Ordinal)
    {
        ["FRA"] = "FR",
        ["GBR"] = "GB",
        ["BEL"] = "BE",
        ["NLD"] = "NL",
        ["USA"] = "US",
        ["AUS"] = "AU",
    };

    private static readonly HashSet<string> EnglishSpeaking = new(StringComparer.Ordinal) { "GBR", "USA", "AUS" };

    /// <summary><c>fr</c> in France is <c>fr-FR</c>; English in a country that does not speak it is <c>en-GB</c>;
    /// a country outside the table keeps the bare language code.</summary>
    public static string LanguageTag(string language, string country)
    {
        if (string.Equals(language, "en", StringComparison.Ordinal) && !EnglishSpeaking.Contains(country))
        {
            return "en-GB";
        }

        return Alpha2.TryGetValue(country, out var region) ? $"{language}-{region}" : language;
    }

    public static string ExerciseMarker(string language) => language switch
    {
        "fr" => "[EXERCICE] ",
        "nl" => "[OEFENING] ",
        _ => "[EXERCISE] ",
    };

    public static string CancelledPrefix(string language) => language switch
    {
        "fr" => "Annulation : ",
        "nl" => "Ingetrokken: ",
        _ => "Cancelled: ",
    };

    public static string CancelledDescription(string language, string reason) => language switch
    {
        "fr" => $"La décision est annulée. Motif : {reason}",
        "nl" => $"Het besluit is ingetrokken. Reden: {reason}",
        _ => $"The decision is cancelled. Reason: {reason}",
    };

    /// <summary>The description of a Cancel in a language the reason was not written in: where to read it.</summary>
    public static string CancelledReasonElsewhere(string language, string reasonLanguageTag) => language switch
    {
        "fr" => $"La décision est annulée. Le motif figure dans la version {reasonLanguageTag} de ce message.",
        "nl" => $"Het besluit is ingetrokken. De reden staat in de {reasonLanguageTag}-versie van dit bericht.",
        _ => $"The decision is cancelled. The reason is given in the {reasonLanguageTag} version of this message.",
    };

    public static string ExerciseNote(Guid decisionId) => $"Exercise: decision {decisionId:D}. Not the level in force.";
}
