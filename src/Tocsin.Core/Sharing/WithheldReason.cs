namespace Tocsin.Core.Sharing;

/// <summary>Why a partner may not receive an object version (docs/sharing.md, one rule each).</summary>
public enum WithheldReason
{
    /// <summary>The object's effective TLP is above the partner's ceiling.</summary>
    AboveCeiling,

    /// <summary>Another organisation's TLP:AMBER or AMBER+STRICT object: never leaves the organisation.</summary>
    OtherOriginatorAmber,

    /// <summary>Another organisation's TLP:RED object with no named-recipients marking.</summary>
    OtherOriginatorRed,

    /// <summary>The object carries a named-recipients marking that does not name the partner.</summary>
    NotNamedRecipient,

    /// <summary>The object carries a REL TO marking that does not include the partner's country or groups.</summary>
    NotReleasable,

    /// <summary>A granular marking on some field would itself withhold that field: the whole object is withheld.</summary>
    GranularMarking,

    /// <summary>A marking reference that the policy cannot resolve to a known marking definition.</summary>
    UnknownMarking,

    /// <summary>A Tocsin named-recipients marking definition: its list of recipients is not shared.</summary>
    RecipientList,

    /// <summary>The object references an object of which the partner may receive no version.</summary>
    ReferencesWithheld,

    /// <summary>The object's national classification is above the partner's classification ceiling.</summary>
    AboveClassificationCeiling,

    /// <summary>The object is in a compartment: never released to a partner, read only by staff holding it.</summary>
    Compartmented,

    /// <summary>The object carries an originator-controlled caveat (ORCON), or a caveat the scale does not know.</summary>
    OriginatorControlled,

    /// <summary>The object carries a national-only caveat and the partner's country is not the deployment's.</summary>
    NationalOnly,

    /// <summary>The object's national classification is above the staff member's clearance.</summary>
    AboveClearance,
}
