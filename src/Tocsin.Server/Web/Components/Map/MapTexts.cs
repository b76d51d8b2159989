namespace Tocsin.Server.Web.Components.Map;

/// <summary>The few fixed words of the map and the timeline, in French and English (any other language reads
/// English).</summary>
internal sealed record MapTexts(string MapOf, string Legend, string Territories, string Zoom)
{
    private static readonly MapTexts French = new("Carte des niveaux en vigueur", "Légende", "territoires", "Paris et petite couronne");
    private static readonly MapTexts English = new("Map of the levels in force", "Legend", "territories", "Paris and inner suburbs");

    public static MapTexts For(string language) =>
        string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase) ? French : English;
}
