namespace Tocsin.Server.Web.Components.Places;

/// <summary>The fixed words of the place look-up, in French and English (any other language reads English).</summary>
internal sealed record PlaceTexts(string Heading, string Label, string Hint, string Submit, string UseLocation, string NoMatch, string Results)
{
    private static readonly PlaceTexts French = new("Quel est le niveau là où je suis ?", "Commune ou département",
        "Par exemple : Paris, Cayenne, Saint-Denis, Guyane.", "Voir le niveau", "Utiliser ma position", "Aucun lieu de ce nom.",
        "Lieux trouvés");

    private static readonly PlaceTexts English = new("What is the level where I am?", "Town or département",
        "For example: Paris, Cayenne, Saint-Denis, Guyane.", "Show the level", "Use my location", "No place of that name.", "Places found");

    public static PlaceTexts For(string language) =>
        string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase) ? French : English;
}
