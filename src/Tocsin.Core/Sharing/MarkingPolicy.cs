using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>The one decision engine behind every read of marked content (docs/sharing.md, docs/classification.md):
/// it walks a version's object and granular markings through a reader's <see cref="IMarkingRule"/>, then applies the
/// reference rule to a fixed point. Partners and staff differ only in their rule. Versions are never altered: a
/// version is allowed as stored or withheld.</summary>
public static class MarkingPolicy
{
    /// <summary>Decides one version for the reader whose rule is <paramref name="rule"/>.</summary>
    /// <param name="stixObject">The version as stored.</param>
    /// <param name="rule">What markings mean to the reader.</param>
    /// <param name="context">Settings, known markings and national rules.</param>
    /// <param name="isWithheld">For the reference rule: true for an id of which the reader may read no version.
    /// Null skips the rule (use <see cref="DecideAll"/> to apply it over a whole collection).</param>
    public static SharingDecision Decide(StixObject stixObject, IMarkingRule rule, SharingContext context, Func<string, bool>? isWithheld)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(context);
        if (stixObject.Category == StixObjectCategory.MarkingDefinition)
        {
            return Outcome(rule.Definition(stixObject, context.Markings.Find(stixObject.Id), SharingMarkings.Read(stixObject)));
        }

        var marked = new MarkedObject(stixObject, [.. stixObject.ObjectMarkingRefs.Select(context.Markings.Find)], context.IsOurs(stixObject.CreatedByRef));
        if (rule.Object(marked) is { } refusal)
        {
            return SharingDecision.Withheld(refusal);
        }

        if (Granular(marked, rule, context) is { } granular)
        {
            return SharingDecision.Withheld(granular);
        }

        if (isWithheld is not null && SharingReferences.Of(stixObject).Any(isWithheld))
        {
            return SharingDecision.Withheld(WithheldReason.ReferencesWithheld);
        }

        return SharingDecision.Allowed;
    }

    /// <summary>Decides every version of a collection for one reader, applying the reference rule to a fixed point:
    /// an id is withheld when the collection holds versions of it and the reader may read none of them; an object
    /// referring to a withheld id is withheld, which may withhold further objects in turn. Ids the collection does
    /// not hold are not withheld.</summary>
    /// <returns>One decision per element of <paramref name="versions"/>, in the same order.</returns>
    public static IReadOnlyList<SharingDecision> DecideAll(IReadOnlyList<StixObject> versions, IMarkingRule rule, SharingContext context)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var decisions = new SharingDecision[versions.Count];
        var present = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < versions.Count; i++)
        {
            decisions[i] = Decide(versions[i], rule, context, null);
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

    private static SharingDecision Outcome(WithheldReason? reason) => reason is { } r ? SharingDecision.Withheld(r) : SharingDecision.Allowed;

    // A granular marking that would withhold its field withholds the whole object.
    private static WithheldReason? Granular(MarkedObject marked, IMarkingRule rule, SharingContext context)
    {
        if (!marked.Version.Root.TryGetProperty("granular_markings", out var granular) || granular.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var entry in granular.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("marking_ref", out var reference))
            {
                continue; // language markings restrict nothing
            }

            var marking = reference.ValueKind == JsonValueKind.String ? context.Markings.Find(reference.GetString()!) : null;
            if (rule.Granular(marking, marked) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
