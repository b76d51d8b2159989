using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>Decides whether a partner may receive an object version. The rules, in the order applied, are
/// those of docs/sharing.md; the first that withholds gives the reason. The engine is <see cref="MarkingPolicy"/>
/// with the partner's <see cref="PartnerMarkingRule"/>: staff reads use the same engine with their clearance.</summary>
public static class SharingPolicy
{
    /// <summary>Decides one version.</summary>
    /// <param name="stixObject">The version as stored.</param>
    /// <param name="partner">Who would receive it.</param>
    /// <param name="context">Settings, known markings and national rules.</param>
    /// <param name="isWithheld">For the reference rule: true for an id of which the partner may receive no
    /// version. Null skips the rule (use <see cref="DecideAll"/> to apply it over a whole collection).</param>
    public static SharingDecision Decide(StixObject stixObject, PartnerProfile partner, SharingContext context, Func<string, bool>? isWithheld) =>
        MarkingPolicy.Decide(stixObject, new PartnerMarkingRule(partner, context), context, isWithheld);

    /// <summary>Decides every version of a collection for one partner, applying the reference rule to a fixed
    /// point (<see cref="MarkingPolicy.DecideAll"/>).</summary>
    /// <returns>One decision per element of <paramref name="versions"/>, in the same order.</returns>
    public static IReadOnlyList<SharingDecision> DecideAll(IReadOnlyList<StixObject> versions, PartnerProfile partner, SharingContext context) =>
        MarkingPolicy.DecideAll(versions, new PartnerMarkingRule(partner, context), context);
}
