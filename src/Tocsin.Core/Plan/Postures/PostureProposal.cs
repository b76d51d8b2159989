namespace Tocsin.Core.Plan.Postures;

/// <summary>What a principal asks for when proposing a posture. Checked by <see cref="PostureRules.Propose"/>.</summary>
public sealed record PostureProposal
{
    /// <summary>Scheme id, e.g. <c>vigipirate</c>.</summary>
    public required string SchemeId { get; init; }

    /// <summary>Title per language of the scheme; the scheme's main language is required.</summary>
    public required IReadOnlyDictionary<string, string> Titles { get; init; }

    /// <summary>Key of the level the posture goes with.</summary>
    public required string LevelKey { get; init; }

    /// <summary>Territory ids covered (each covers its descendants).</summary>
    public required IReadOnlyList<string> TerritoryIds { get; init; }

    /// <summary>Start of the period (UTC). Before approval, the posture starts at approval.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>End of the period (UTC); null: until superseded or cancelled.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>The measures activated, each with its territories and optional dates.</summary>
    public required IReadOnlyList<PostureMeasure> Measures { get; init; }

    /// <summary>Who decides, as published.</summary>
    public required string Authority { get; init; }

    /// <summary>Why, in the scheme's main language.</summary>
    public required string Rationale { get; init; }

    /// <summary>Ids of approved postures this one ends at its own start.</summary>
    public IReadOnlyList<Guid> Supersedes { get; init; } = [];

    /// <summary>True for an exercise: its own timeline, never the posture in force.</summary>
    public bool IsExercise { get; init; }
}
