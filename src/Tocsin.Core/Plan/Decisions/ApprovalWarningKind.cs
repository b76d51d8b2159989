namespace Tocsin.Core.Plan.Decisions;

/// <summary>Why approving a decision would not do on a territory what its level suggests (see
/// <see cref="ApprovalWarnings"/>). Each has a stable code for the API.</summary>
public enum ApprovalWarningKind
{
    /// <summary><c>level-unchanged</c>: a territory the decision names is already at its level.</summary>
    LevelUnchanged,

    /// <summary><c>level-held</c>: a territory the decision names keeps another decision's level, which the
    /// scheme's rule ranks first (under reinforce-only: a higher level in force there or on an ancestor).</summary>
    LevelHeld,

    /// <summary><c>reinforcement-kept</c>: under reinforce-only, a local decision in force inside the decision's
    /// territories stays above its level until its own end.</summary>
    ReinforcementKept,

    /// <summary><c>decision-shadowed</c>: under override, a local decision in force inside the decision's territories
    /// stays in force but no longer applies while this one does.</summary>
    DecisionShadowed,

    /// <summary><c>decision-ended</c>: a decision in force that this one supersedes ends when this one starts.</summary>
    DecisionEnded,
}
