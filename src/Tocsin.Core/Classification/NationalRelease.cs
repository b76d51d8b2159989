using Tocsin.Core.Sharing;

namespace Tocsin.Core.Classification;

/// <summary>The national release rules for one partner (docs/classification.md): a classification above its
/// classification ceiling, any compartment, an originator-controlled caveat, or a national-only caveat when its
/// country is not the deployment's, withholds. A caveat the scale does not know withholds like ORCON.</summary>
public sealed class NationalRelease
{
    private readonly PartnerProfile _partner;
    private readonly NationalRules _rules;
    private readonly int _ceiling;

    /// <summary>The rules for <paramref name="partner"/> under <paramref name="rules"/>.</summary>
    public NationalRelease(PartnerProfile partner, NationalRules rules)
    {
        _partner = partner ?? throw new ArgumentNullException(nameof(partner));
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _ceiling = rules.Scale.RankOf(partner.ClassificationCeiling) ?? 0;
    }

    /// <summary>Why <paramref name="marking"/> withholds its content from the partner, or null when it does not.</summary>
    public WithheldReason? Refusal(SharingMarking marking)
    {
        ArgumentNullException.ThrowIfNull(marking);
        return marking.Kind switch
        {
            SharingMarkingKind.Classification => _rules.Scale.RankOrAbove(marking.Term) > _ceiling ? WithheldReason.AboveClassificationCeiling : null,
            SharingMarkingKind.Compartment => WithheldReason.Compartmented,
            SharingMarkingKind.Caveat => _rules.Scale.FindCaveat(marking.Term)?.Rule switch
            {
                CaveatRule.NationalOnly => string.Equals(_partner.Country, _rules.Country, StringComparison.Ordinal) ? null : WithheldReason.NationalOnly,
                CaveatRule.OriginatorControlled or null => WithheldReason.OriginatorControlled,
            },
            SharingMarkingKind.Tlp or SharingMarkingKind.RelTo or SharingMarkingKind.Recipients or SharingMarkingKind.Tearline
                or SharingMarkingKind.Neutral => null,
        };
    }
}
