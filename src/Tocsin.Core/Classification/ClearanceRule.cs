using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Classification;

/// <summary>What markings mean to a staff member (docs/classification.md): a classification above their clearance
/// level, or a compartment they do not hold, withholds, on the object or on any field (granular). TLP, REL TO and
/// caveats restrict release to partners, not reads inside the house. A marking reference the catalogue does not
/// know is not one of our classification markings and restricts nothing here.</summary>
public sealed class ClearanceRule : IMarkingRule
{
    private readonly Clearance _clearance;
    private readonly ClassificationScale _scale;
    private readonly int _level;

    /// <summary>The rule of a staff member holding <paramref name="clearance"/> on <paramref name="scale"/>; a
    /// clearance level no longer on the scale counts as the lowest.</summary>
    public ClearanceRule(Clearance clearance, ClassificationScale scale)
    {
        _clearance = clearance ?? throw new ArgumentNullException(nameof(clearance));
        _scale = scale ?? throw new ArgumentNullException(nameof(scale));
        _level = scale.RankOf(clearance.Level) ?? 0;
    }

    /// <inheritdoc />
    public WithheldReason? Definition(StixObject definition, SharingMarking? known, SharingMarking? read) =>
        Refusal(known ?? read) is WithheldReason.Compartmented ? WithheldReason.Compartmented : null;

    /// <inheritdoc />
    public WithheldReason? Object(MarkedObject marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        foreach (var marking in marked.Markings)
        {
            if (Refusal(marking) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public WithheldReason? Granular(SharingMarking? marking, MarkedObject marked) =>
        Refusal(marking) is null ? null : WithheldReason.GranularMarking;

    /// <summary>Why one marking withholds its content from this staff member, or null.</summary>
    public WithheldReason? Refusal(SharingMarking? marking) => marking?.Kind switch
    {
        SharingMarkingKind.Classification => _scale.RankOrAbove(marking.Term) > _level ? WithheldReason.AboveClearance : null,
        SharingMarkingKind.Compartment => marking.Term is { } name && _clearance.Holds(name) ? null : WithheldReason.Compartmented,
        SharingMarkingKind.Caveat or SharingMarkingKind.Tlp or SharingMarkingKind.RelTo or SharingMarkingKind.Recipients
            or SharingMarkingKind.Tearline or SharingMarkingKind.Neutral or null => null,
    };
}
