namespace Tocsin.Core.Places;

/// <summary>What a gazetteer entry names.</summary>
public enum PlaceKind
{
    /// <summary>A territory of the scheme's set: the nation, a region, a département.</summary>
    Territory,

    /// <summary>The commune seat of a département's préfecture.</summary>
    Prefecture,

    /// <summary>A commune of at least 10,000 inhabitants.</summary>
    Commune,
}
