namespace Tocsin.Core.Plan.Decisions;

/// <summary>Which decisions an evaluation considers: real ones or exercises. The two never mix.</summary>
public enum DecisionTrack
{
    /// <summary>Non-exercise decisions: the level in force.</summary>
    Live,

    /// <summary>Exercise decisions only: the exercise timeline.</summary>
    Exercise,
}
