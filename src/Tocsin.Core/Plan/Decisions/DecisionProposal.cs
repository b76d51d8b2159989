namespace Tocsin.Core.Plan.Decisions;

/// <summary>What a principal asks for when proposing a decision. Checked by <see cref="DecisionRules.Propose"/>.</summary>
public sealed record DecisionProposal
{
    /// <summary>Scheme id, e.g. <c>vigipirate</c>.</summary>
    public required string SchemeId { get; init; }

    /// <summary>Key of the level to set.</summary>
    public required string LevelKey { get; init; }

    /// <summary>Territory ids the level applies to (each covers its descendants).</summary>
    public required IReadOnlyList<string> TerritoryIds { get; init; }

    /// <summary>When the level should take effect (UTC). Before approval, the decision starts at approval.</summary>
    public required DateTimeOffset EffectiveAt { get; init; }

    /// <summary>When the decision should be reviewed; never ends it.</summary>
    public DateTimeOffset? ReviewBy { get; init; }

    /// <summary>When the decision ends by itself.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Who decides, as published, e.g. « Premier ministre, après conseil de défense ».</summary>
    public required string Authority { get; init; }

    /// <summary>Why, in the scheme's first (main) language.</summary>
    public required string Rationale { get; init; }

    /// <summary>The rationale in the scheme's other languages, by language code (e.g. <c>en</c>). Each CAP
    /// <c>info</c> carries the rationale only in its own language: a language with no text here gets none.</summary>
    public IReadOnlyDictionary<string, string> RationaleTranslations { get; init; } = new Dictionary<string, string>();

    /// <summary>Ids of decisions this one supersedes.</summary>
    public IReadOnlyList<Guid> Supersedes { get; init; } = [];

    /// <summary>Graded evidence cited.</summary>
    public IReadOnlyList<DecisionEvidence> Evidence { get; init; } = [];

    /// <summary>True for an exercise: its own timeline, never the level in force.</summary>
    public bool IsExercise { get; init; }
}
