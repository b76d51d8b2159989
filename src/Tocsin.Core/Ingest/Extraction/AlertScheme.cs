namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A national threat-level scheme as reports write it (<c>Data/lexicons/*/scheme-names.json</c>):
/// names that identify it alone ("Vigipirate", "JTAC"), descriptions that need the country's context ("the
/// national security plan", "le niveau de la menace"), the words of that context ("France", "Dutch"),
/// regions with a level of their own (Northern Ireland), and its levels, lowest first.</summary>
internal sealed record AlertScheme(
    string Id,
    string Territory,
    bool Numbered,
    KeyPhrases Names,
    KeyPhrases Descriptions,
    KeyPhrases Context,
    IReadOnlyList<(string Territory, KeyPhrases Words)> Regions,
    IReadOnlyList<(string Level, KeyPhrases Words)> Levels)
{
    public string Highest => Levels[^1].Level;

    public string Lowest => Levels[0].Level;

    /// <summary>The level of rank <paramref name="rank"/> (1 = lowest), or null outside the scale.</summary>
    public string? AtRank(int rank) => rank >= 1 && rank <= Levels.Count ? Levels[rank - 1].Level : null;
}
