using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>Decides whether a partner may receive an object version. The rules, in the order applied, are
/// those of docs/sharing.md; the first that withholds gives the reason. Served objects are never altered:
/// a version is allowed as stored or withheld.</summary>
public static class SharingPolicy
{
    /// <summary>Decides one version.</summary>
    /// <param name="stixObject">The version as stored.</param>
    /// <param name="partner">Who would receive it.</param>
    /// <param name="context">Settings and known markings.</param>
    /// <param name="isWithheld">For the reference rule: true for an id of which the partner may receive no
    /// version. Null skips the rule (use <see cref="DecideAll"/> to apply it over a whole collection).</param>
    public static SharingDecision Decide(StixObject stixObject, PartnerProfile partner, SharingContext context, Func<string, bool>? isWithheld)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(context);
        return Decide(stixObject, new Recipient(partner, context.Settings.Groups.CodesOf(partner)), context, isWithheld);
    }

    /// <summary>Decides every version of a collection for one partner, applying the reference rule to a fixed
    /// point: an id is withheld when the collection holds versions of it and the partner may receive none of
    /// them; an object referring to a withheld id is withheld, which may withhold further objects in turn.
    /// Ids the collection does not hold are not withheld.</summary>
    /// <returns>One decision per element of <paramref name="versions"/>, in the same order.</returns>
    public static IReadOnlyList<SharingDecision> DecideAll(IReadOnlyList<StixObject> versions, PartnerProfile partner, SharingContext context)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(context);
        var recipient = new Recipient(partner, context.Settings.Groups.CodesOf(partner));
        var decisions = new SharingDecision[versions.Count];
        var present = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < versions.Count; i++)
        {
            decisions[i] = Decide(versions[i], recipient, context, null);
            present.Add(versions[i].Id);
        }

        bool changed;
        do
        {
            var allowed = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < versions.Count; i++)
            {
                if (decisions[i].IsAllowed)
                {
                    allowed.Add(versions[i].Id);
                }
            }

            changed = false;
            for (var i = 0; i < versions.Count; i++)
            {
                if (decisions[i].IsAllowed && SharingReferences.Of(versions[i]).Any(id => present.Contains(id) && !allowed.Contains(id)))
                {
                    decisions[i] = SharingDecision.Withheld(WithheldReason.ReferencesWithheld);
                    changed = true;
                }
            }
        }
        while (changed);

        return decisions;
    }

    private static SharingDecision Decide(StixObject stixObject, Recipient recipient, SharingContext context, Func<string, bool>? isWithheld)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        if (stixObject.Category == StixObjectCategory.MarkingDefinition)
        {
            return context.Markings.Find(stixObject.Id)?.Kind == SharingMarkingKind.Recipients || SharingMarkings.Read(stixObject)?.Kind == SharingMarkingKind.Recipients
                ? SharingDecision.Withheld(WithheldReason.RecipientList)
                : SharingDecision.Allowed;
        }

        var ours = context.IsOurs(stixObject.CreatedByRef);
        var objectLevel = ObjectMarkings(stixObject, recipient, context, ours, out var named);
        if (objectLevel is { } refusal)
        {
            return SharingDecision.Withheld(refusal);
        }

        if (GranularMarkings(stixObject.Root, recipient, context, ours, named) is { } granular)
        {
            return SharingDecision.Withheld(granular);
        }

        if (isWithheld is not null && SharingReferences.Of(stixObject).Any(isWithheld))
        {
            return SharingDecision.Withheld(WithheldReason.ReferencesWithheld);
        }

        return SharingDecision.Allowed;
    }

    // Rules 1-6 on object_marking_refs. `named` tells whether a recipients marking names the partner.
    private static WithheldReason? ObjectMarkings(StixObject stixObject, Recipient recipient, SharingContext context, bool ours, out bool named)
    {
        TlpLevel? tlp = null;
        var recipientsMarkings = 0;
        var namedIn = 0;
        WithheldReason? relTo = null;
        named = false;
        foreach (var id in stixObject.ObjectMarkingRefs)
        {
            if (context.Markings.Find(id) is not { } marking)
            {
                return WithheldReason.UnknownMarking;
            }

            switch (marking.Kind)
            {
                case SharingMarkingKind.Tlp:
                    tlp = tlp is { } current && current >= marking.Level!.Value ? current : marking.Level!.Value;
                    break;
                case SharingMarkingKind.RelTo:
                    relTo ??= recipient.IsReleasable(marking) ? null : WithheldReason.NotReleasable;
                    break;
                case SharingMarkingKind.Recipients:
                    recipientsMarkings++;
                    namedIn += recipient.IsNamedIn(marking) ? 1 : 0;
                    break;
                case SharingMarkingKind.Tearline:
                case SharingMarkingKind.Neutral:
                    break;
            }
        }

        named = recipientsMarkings > 0 && namedIn == recipientsMarkings;
        var effective = tlp ?? context.Settings.DefaultTlp;
        if (effective > recipient.Profile.Ceiling)
        {
            return WithheldReason.AboveCeiling;
        }

        if (!ours && effective is TlpLevel.Amber or TlpLevel.AmberStrict)
        {
            return WithheldReason.OtherOriginatorAmber;
        }

        if (!ours && effective == TlpLevel.Red && recipientsMarkings == 0)
        {
            return WithheldReason.OtherOriginatorRed;
        }

        if (recipientsMarkings > 0 && !named)
        {
            return WithheldReason.NotNamedRecipient;
        }

        return relTo;
    }

    // Rule 7: a granular marking that would withhold its field withholds the whole object.
    private static WithheldReason? GranularMarkings(JsonElement root, Recipient recipient, SharingContext context, bool ours, bool named)
    {
        if (!root.TryGetProperty("granular_markings", out var granular) || granular.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var entry in granular.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("marking_ref", out var reference))
            {
                continue; // language markings restrict nothing
            }

            if (reference.ValueKind != JsonValueKind.String || context.Markings.Find(reference.GetString()!) is not { } marking)
            {
                return WithheldReason.UnknownMarking;
            }

            var refused = marking.Kind switch
            {
                SharingMarkingKind.Tlp => marking.Level!.Value > recipient.Profile.Ceiling
                    || (!ours && marking.Level.Value is TlpLevel.Amber or TlpLevel.AmberStrict)
                    || (!ours && marking.Level.Value == TlpLevel.Red && !named),
                SharingMarkingKind.RelTo => !recipient.IsReleasable(marking),
                SharingMarkingKind.Recipients => !recipient.IsNamedIn(marking),
                SharingMarkingKind.Tearline or SharingMarkingKind.Neutral => false,
            };
            if (refused)
            {
                return WithheldReason.GranularMarking;
            }
        }

        return null;
    }

    private sealed record Recipient(PartnerProfile Profile, IReadOnlySet<string> Codes)
    {
        // A REL TO marking admits the partner when one of its codes is the partner's country, one of its
        // releasability codes, or a group containing its country.
        public bool IsReleasable(SharingMarking marking) => marking.Codes.Any(Codes.Contains);

        public bool IsNamedIn(SharingMarking marking) =>
            marking.Codes.Any(c => string.Equals(c, Profile.Name, StringComparison.Ordinal) || Profile.Recipients.Contains(c, StringComparer.Ordinal));
    }
}
