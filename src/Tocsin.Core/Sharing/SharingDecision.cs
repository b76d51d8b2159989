namespace Tocsin.Core.Sharing;

/// <summary>Whether a partner may receive, or a staff member read, one object version: allowed, or withheld for a reason.
/// Objects are never altered: these are the only two outcomes.</summary>
/// <param name="Reason">Null when allowed; otherwise the first rule that withholds it.</param>
public sealed record SharingDecision(WithheldReason? Reason)
{
    /// <summary>The partner may receive the version as stored.</summary>
    public static SharingDecision Allowed { get; } = new((WithheldReason?)null);

    /// <summary>True when the version may be served.</summary>
    public bool IsAllowed => Reason is null;

    /// <summary>The partner may not receive the version.</summary>
    public static SharingDecision Withheld(WithheldReason reason) => new(reason);

    /// <summary>The stable kebab-case code of <see cref="Reason"/> (e.g. <c>above-ceiling</c>), or <c>allowed</c>.</summary>
    public string Code => Reason is { } reason ? CodeOf(reason) : "allowed";

    /// <summary>The stable kebab-case code of a reason.</summary>
    public static string CodeOf(WithheldReason reason) => reason switch
    {
        WithheldReason.AboveCeiling => "above-ceiling",
        WithheldReason.OtherOriginatorAmber => "other-originator-amber",
        WithheldReason.OtherOriginatorRed => "other-originator-red",
        WithheldReason.NotNamedRecipient => "not-named-recipient",
        WithheldReason.NotReleasable => "not-releasable",
        WithheldReason.GranularMarking => "granular-marking",
        WithheldReason.UnknownMarking => "unknown-marking",
        WithheldReason.RecipientList => "recipient-list",
        WithheldReason.ReferencesWithheld => "references-withheld",
        WithheldReason.AboveClassificationCeiling => "above-classification-ceiling",
        WithheldReason.Compartmented => "compartmented",
        WithheldReason.OriginatorControlled => "originator-controlled",
        WithheldReason.NationalOnly => "national-only",
        WithheldReason.AboveClearance => "above-clearance",
    };
}
