namespace Tocsin.Core.Plan.Decisions;

/// <summary>A recorded decision to set a level on territories. Immutable: each transition made by
/// <see cref="DecisionRules"/> returns a copy with the new state and one more event.</summary>
public sealed record Decision
{
    /// <summary>Identifier (UUID version 7, time-ordered).</summary>
    public required Guid Id { get; init; }

    /// <summary>Scheme id.</summary>
    public required string SchemeId { get; init; }

    /// <summary>Key of the level set.</summary>
    public required string LevelKey { get; init; }

    /// <summary>Territory ids covered, each with its descendants; never empty.</summary>
    public required IReadOnlyList<string> TerritoryIds { get; init; }

    /// <summary>Requested start (UTC).</summary>
    public required DateTimeOffset EffectiveAt { get; init; }

    /// <summary>Review-by time; past it the decision is overdue for review, but stays in force.</summary>
    public DateTimeOffset? ReviewBy { get; init; }

    /// <summary>Expiry: the decision is no longer in force from this instant.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Who decides, as published.</summary>
    public required string Authority { get; init; }

    /// <summary>Why, in the scheme's first (main) language.</summary>
    public required string Rationale { get; init; }

    /// <summary>The rationale in the scheme's other languages, by language code; empty when none was given.</summary>
    public IReadOnlyDictionary<string, string> RationaleTranslations { get; init; } = new Dictionary<string, string>();

    /// <summary>The rationale written in <paramref name="language"/>, or null: the main language
    /// (<paramref name="mainLanguage"/>) has <see cref="Rationale"/>, another only its translation.</summary>
    public string? RationaleIn(string language, string mainLanguage) =>
        RationaleTranslations.TryGetValue(language, out var text) ? text
        : string.Equals(language, mainLanguage, StringComparison.Ordinal) ? Rationale
        : null;

    /// <summary>Decisions this one ends at its own start.</summary>
    public required IReadOnlyList<Guid> Supersedes { get; init; }

    /// <summary>Graded evidence cited.</summary>
    public required IReadOnlyList<DecisionEvidence> Evidence { get; init; }

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
    public required IReadOnlyList<DecisionEvent> Events { get; init; }

    /// <summary>The cancellation waiting for a second person, or null: the latest cancellation proposal when no
    /// approval, rejection or withdrawal of it has been recorded since.</summary>
    public CancellationProposal? PendingCancellation =>
        TwoPersonRule.PendingCancellation(Events.Select(e => (e.Kind, e.PrincipalId, e.At, e.Note, e.EffectiveAt)));

    /// <summary>True for Approved and Cancelled decisions: those that were approved at some point.</summary>
    public bool WasApproved => Status is DecisionStatus.Approved or DecisionStatus.Cancelled;
}
