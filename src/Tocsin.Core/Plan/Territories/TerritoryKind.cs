namespace Tocsin.Core.Plan.Territories;

/// <summary>The level of a territory in its tree.</summary>
public enum TerritoryKind
{
    /// <summary>The whole country; the root of a territory set.</summary>
    Nation,

    /// <summary>A first-level subdivision: a French région, a UK country, a Belgian region.</summary>
    Region,

    /// <summary>A second-level subdivision: a French département.</summary>
    Department,
}
