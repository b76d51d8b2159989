namespace Tocsin.Core.Sharing;

/// <summary>What a marking definition means to the sharing policy (docs/sharing.md).</summary>
public enum SharingMarkingKind
{
    /// <summary>A TLP level (TLP 2.0, TLP 1.0, or a TLP-shaped marking under another id).</summary>
    Tlp,

    /// <summary>Tocsin's REL TO marking: releasable only to the listed countries or groups.</summary>
    RelTo,

    /// <summary>Tocsin's named-recipients marking: TLP:RED content may go to these recipients.</summary>
    Recipients,

    /// <summary>Tocsin's tearline marking: a sanitised copy released at a lower marking. Restricts nothing.</summary>
    Tearline,

    /// <summary>Tocsin's national classification marking: a level of the deployment's scale
    /// (<see cref="SharingMarking.Term"/>; docs/classification.md).</summary>
    Classification,

    /// <summary>Tocsin's handling caveat marking (ORCON, NOFORN…; <see cref="SharingMarking.Term"/>).</summary>
    Caveat,

    /// <summary>Tocsin's compartment marking: need-to-know, named by <see cref="SharingMarking.Term"/>.</summary>
    Compartment,

    /// <summary>Any other marking definition (a statement, a foreign scheme): restricts nothing.</summary>
    Neutral,
}
