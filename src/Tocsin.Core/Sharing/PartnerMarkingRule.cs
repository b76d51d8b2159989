using Tocsin.Core.Classification;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>What markings mean to a partner (docs/sharing.md rules 1–7): its TLP ceiling, REL TO, named recipients,
/// and the national release rules (classification ceiling, compartments, caveats). A version is shared only when
/// both the TLP rules and the national release rules allow it.</summary>
public sealed class PartnerMarkingRule : IMarkingRule
{
    private readonly PartnerProfile _profile;
    private readonly IReadOnlySet<string> _codes;
    private readonly TlpLevel _defaultTlp;
    private readonly NationalRelease _national;

    /// <summary>The rule of <paramref name="partner"/> under <paramref name="context"/>'s settings and national rules.</summary>
    public PartnerMarkingRule(PartnerProfile partner, SharingContext context)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(context);
        _profile = partner;
        _codes = context.Settings.Groups.CodesOf(partner);
        _defaultTlp = context.Settings.DefaultTlp;
        _national = new NationalRelease(partner, context.National);
    }

    /// <inheritdoc />
    public WithheldReason? Definition(StixObject definition, SharingMarking? known, SharingMarking? read)
    {
        if (known?.Kind == SharingMarkingKind.Recipients || read?.Kind == SharingMarkingKind.Recipients)
        {
            return WithheldReason.RecipientList;
        }

        // A compartment's name may itself be sensitive (a source operation): it never leaves the organisation.
        return known?.Kind == SharingMarkingKind.Compartment || read?.Kind == SharingMarkingKind.Compartment ? WithheldReason.Compartmented : null;
    }

    /// <inheritdoc />
    public WithheldReason? Object(MarkedObject marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        TlpLevel? tlp = null;
        var recipientsMarkings = 0;
        var namedIn = 0;
        WithheldReason? relTo = null;
        WithheldReason? national = null;
        foreach (var marking in marked.Markings)
        {
            if (marking is null)
            {
                return WithheldReason.UnknownMarking;
            }

            switch (marking.Kind)
            {
                case SharingMarkingKind.Tlp:
                    tlp = tlp is { } current && current >= marking.Level!.Value ? current : marking.Level!.Value;
                    break;
                case SharingMarkingKind.RelTo:
                    relTo ??= IsReleasable(marking) ? null : WithheldReason.NotReleasable;
                    break;
                case SharingMarkingKind.Recipients:
                    recipientsMarkings++;
                    namedIn += IsNamedIn(marking) ? 1 : 0;
                    break;
                case SharingMarkingKind.Classification:
                case SharingMarkingKind.Caveat:
                case SharingMarkingKind.Compartment:
                    national ??= _national.Refusal(marking);
                    break;
                case SharingMarkingKind.Tearline:
                case SharingMarkingKind.Neutral:
                    break;
            }
        }

        var named = recipientsMarkings > 0 && namedIn == recipientsMarkings;
        var effective = tlp ?? _defaultTlp;
        if (effective > _profile.Ceiling)
        {
            return WithheldReason.AboveCeiling;
        }

        if (!marked.Ours && effective is TlpLevel.Amber or TlpLevel.AmberStrict)
        {
            return WithheldReason.OtherOriginatorAmber;
        }

        if (!marked.Ours && effective == TlpLevel.Red && recipientsMarkings == 0)
        {
            return WithheldReason.OtherOriginatorRed;
        }

        if (recipientsMarkings > 0 && !named)
        {
            return WithheldReason.NotNamedRecipient;
        }

        return relTo ?? national;
    }

    /// <inheritdoc />
    public WithheldReason? Granular(SharingMarking? marking, MarkedObject marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        if (marking is null)
        {
            return WithheldReason.UnknownMarking;
        }

        var refused = marking.Kind switch
        {
            SharingMarkingKind.Tlp => marking.Level!.Value > _profile.Ceiling
                || (!marked.Ours && marking.Level.Value is TlpLevel.Amber or TlpLevel.AmberStrict)
                || (!marked.Ours && marking.Level.Value == TlpLevel.Red && !IsNamed(marked)),
            SharingMarkingKind.RelTo => !IsReleasable(marking),
            SharingMarkingKind.Recipients => !IsNamedIn(marking),
            SharingMarkingKind.Classification or SharingMarkingKind.Caveat or SharingMarkingKind.Compartment => _national.Refusal(marking) is not null,
            SharingMarkingKind.Tearline or SharingMarkingKind.Neutral => false,
        };
        return refused ? WithheldReason.GranularMarking : null;
    }

    // Every recipients marking on the object names the partner (and there is at least one).
    private bool IsNamed(MarkedObject marked)
    {
        var recipients = marked.Markings.Where(m => m?.Kind == SharingMarkingKind.Recipients).ToList();
        return recipients.Count > 0 && recipients.All(m => IsNamedIn(m!));
    }

    // A REL TO marking admits the partner when one of its codes is the partner's country, one of its
    // releasability codes, or a group containing its country.
    private bool IsReleasable(SharingMarking marking) => marking.Codes.Any(_codes.Contains);

    private bool IsNamedIn(SharingMarking marking) =>
        marking.Codes.Any(c => string.Equals(c, _profile.Name, StringComparison.Ordinal) || _profile.Recipients.Contains(c, StringComparer.Ordinal));
}
