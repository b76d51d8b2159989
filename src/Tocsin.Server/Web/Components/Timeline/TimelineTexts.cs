namespace Tocsin.Server.Web.Components.Timeline;

/// <summary>The fixed words of the level timeline, in French and English (any other language reads English).</summary>
internal sealed record TimelineTexts(string HistoryOf, string Summary, string Since, string Until, string Level, string Message, string Ongoing,
    string Baseline, string TimesIn)
{
    private static readonly TimelineTexts French = new("Historique des niveaux", "{0} changements de niveau du {1} au {2}.", "Depuis", "Jusqu’au",
        "Niveau", "Message d’alerte", "en cours", "niveau de base", "Heures de");

    private static readonly TimelineTexts English = new("Level history", "{0} level changes from {1} to {2}.", "Since", "Until", "Level",
        "Alert message", "ongoing", "baseline", "Times in");

    public static TimelineTexts For(string language) =>
        string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase) ? French : English;
}
