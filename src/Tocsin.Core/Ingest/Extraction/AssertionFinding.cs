using Tocsin.Core.Ingest.Actors;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A claim, assessment or accusation found in one sentence. Exactly one of
/// <see cref="AsserterActor"/> (a group claiming) and <see cref="AsserterParty"/> (a state, service or
/// leader) is set, and one of <see cref="TargetActor"/> and <see cref="TargetParty"/> (an accused state).</summary>
internal sealed record AssertionFinding(
    string Basis,
    ActorMention? AsserterActor,
    Party? AsserterParty,
    ActorMention? TargetActor,
    Party? TargetParty,
    IReadOnlyList<TextSpan> Spans,
    DateMention? Date,
    int Confidence)
{
    public string AsserterName => AsserterActor?.Name ?? AsserterParty!.Name;

    public string TargetName => TargetActor?.Name ?? TargetParty!.Name;

    /// <summary>The evaluation key: claimant name for a claim, <c>asserter|basis|target</c> otherwise.</summary>
    public string Label => Basis == "claim" ? AsserterName : $"{AsserterName}|{Basis}|{TargetName}";
}
