using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>One object version as the marking walk hands it to a reader's rule: its object markings resolved
/// through the catalogue (null for an id the catalogue does not know) and whether our organisation created it.</summary>
/// <param name="Version">The version as stored.</param>
/// <param name="Markings">One entry per <c>object_marking_refs</c> element, in order.</param>
/// <param name="Ours">True when its <c>created_by_ref</c> is one of our organisation's identities.</param>
public sealed record MarkedObject(StixObject Version, IReadOnlyList<SharingMarking?> Markings, bool Ours);
