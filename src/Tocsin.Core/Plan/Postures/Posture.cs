using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Core.Plan.Postures;

/// <summary>A protective posture: for a period and territories, the level it goes with and the measures it
/// activates. Proposed, approved, rejected, withdrawn, superseded and cancelled exactly like a level
/// decision (<see cref="DecisionStatus"/>); immutable, each transition returns a copy with one more event.</summary>
public sealed record Posture
{
    /// <summary>Identifier (UUID version 7, time-ordered).</summary>
    public required Guid Id { get; init; }

    /// <summary>Scheme id.</summary>
    public required string SchemeId { get; init; }

    /// <summary>Name per language of the scheme, e.g. "Posture été – automne 2026".</summary>
    public required IReadOnlyDictionary<string, string> Titles { get; init; }

    /// <summary>Key of the level the posture goes with.</summary>
    public required string LevelKey { get; init; }

    /// <summary>Territory ids covered, each with its descendants; never empty.</summary>
    public required IReadOnlyList<string> TerritoryIds { get; init; }

    /// <summary>Start of the period (UTC).</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>End of the period (UTC); null: until superseded or cancelled.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>The measures activated, each with its territories and dates.</summary>
    public required IReadOnlyList<PostureMeasure> Measures { get; init; }

    /// <summary>Who decides, as published.</summary>
    public required string Authority { get; init; }

    /// <summary>Why, in the scheme's main language.</summary>
    public required string Rationale { get; init; }

    /// <summary>Postures this one ends at its own start.</summary>
    public required IReadOnlyList<Guid> Supersedes { get; init; }

    /// <summary>True for an exercise.</summary>
    public required bool IsExercise { get; init; }

    /// <summary>Current state.</summary>
    public required DecisionStatus Status { get; init; }

    /// <summary>The principal who proposed it.</summary>
    public required Guid ProposedBy { get; init; }

    /// <summary>When it was proposed (UTC).</summary>
    public required DateTimeOffset ProposedAt { get; init; }

    /// <summary>The approver, once approved.</summary>
    public Guid? ApprovedBy { get; init; }

    /// <summary>When it was approved (UTC).</summary>
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>When it stops being in force because it was cancelled (UTC).</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>The reason given on rejection or cancellation.</summary>
    public string? Reason { get; init; }

    /// <summary>Every state change, oldest first; the first is the proposal.</summary>
    public required IReadOnlyList<PostureEvent> Events { get; init; }

    /// <summary>The cancellation waiting for a second person, or null (<see cref="TwoPersonRule.PendingCancellation"/>).</summary>
    public CancellationProposal? PendingCancellation =>
        TwoPersonRule.PendingCancellation(Events.Select(e => (e.Kind, e.PrincipalId, e.At, e.Note, e.EffectiveAt)));

    /// <summary>The title in <paramref name="language"/>, else in any language the posture has.</summary>
    public string TitleIn(string language) =>
        Titles.TryGetValue(language, out var title) ? title : Titles.Values.FirstOrDefault() ?? string.Empty;

    /// <summary>True for Approved and Cancelled postures: those that were approved at some point.</summary>
    public bool WasApproved => Status is DecisionStatus.Approved or DecisionStatus.Cancelled;
}
