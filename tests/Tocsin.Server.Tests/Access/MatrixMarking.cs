namespace Tocsin.Server.Tests.Access;

/// <summary>How one of our objects in the matrix scenario is marked: TLP 2.0 levels and a releasability restriction.</summary>
public enum MatrixMarking
{
    /// <summary>TLP:CLEAR.</summary>
    Clear,

    /// <summary>TLP:GREEN.</summary>
    Green,

    /// <summary>TLP:AMBER (above the partners' GREEN ceiling).</summary>
    Amber,

    /// <summary>TLP:RED.</summary>
    Red,

    /// <summary>TLP:GREEN and REL TO FRA (the partners are German).</summary>
    GreenRelToFra,
}
