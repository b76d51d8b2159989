namespace Tocsin.Core.Stix;

/// <summary>Traffic Light Protocol 2.0 levels (FIRST, 2022), from least to most restrictive.
/// TLP 1.0's WHITE is <see cref="Clear"/>.</summary>
public enum TlpLevel
{
    /// <summary>TLP:CLEAR (TLP 1.0 WHITE): disclosure is not limited.</summary>
    Clear,

    /// <summary>TLP:GREEN: the recipient's community, not public channels.</summary>
    Green,

    /// <summary>TLP:AMBER: the recipient's organisation and its clients, need-to-know.</summary>
    Amber,

    /// <summary>TLP:AMBER+STRICT: the recipient's organisation only. No TLP 1.0 equivalent.</summary>
    AmberStrict,

    /// <summary>TLP:RED: the named recipients only.</summary>
    Red,
}
