namespace Tocsin.Core.Classification;

/// <summary>What a handling caveat restricts (docs/classification.md). Caveats restrict release to partners;
/// staff of the deployment read them by their clearance alone.</summary>
public enum CaveatRule
{
    /// <summary>Originator-controlled (ORCON): withheld from every partner.</summary>
    OriginatorControlled,

    /// <summary>National only (NOFORN, UK EYES ONLY, SPÉCIAL FRANCE): withheld from every partner whose country is
    /// not the deployment's.</summary>
    NationalOnly,
}
