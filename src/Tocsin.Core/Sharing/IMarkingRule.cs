using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>What the markings mean to one kind of reader: a partner (<see cref="PartnerMarkingRule"/>: TLP ceiling,
/// REL TO, recipients, national release rules) or a staff member (<c>Classification.ClearanceRule</c>: clearance
/// and compartments). <see cref="MarkingPolicy"/> walks the markings and applies the reference rule for both.</summary>
public interface IMarkingRule
{
    /// <summary>Whether a marking-definition version may itself be read: <paramref name="known"/> is the catalogue's
    /// entry for its id (null when unknown), <paramref name="read"/> what the version itself says.</summary>
    WithheldReason? Definition(StixObject definition, SharingMarking? known, SharingMarking? read);

    /// <summary>The first reason the object markings withhold the version, or null.</summary>
    WithheldReason? Object(MarkedObject marked);

    /// <summary>The reason a granular marking withholds the whole version (null: it does not), where
    /// <paramref name="marking"/> is null for a reference the catalogue does not know.</summary>
    WithheldReason? Granular(SharingMarking? marking, MarkedObject marked);
}
