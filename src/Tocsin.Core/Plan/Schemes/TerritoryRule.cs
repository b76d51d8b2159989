namespace Tocsin.Core.Plan.Schemes;

/// <summary>How decisions in force on nested territories (the nation, a region, a département) combine into the
/// level of one territory. Declared per scheme as <c>territoryRule</c>; the rules are in docs/alert-plan.md.</summary>
public enum TerritoryRule
{
    /// <summary><c>override</c>: among the decisions in force covering the territory or an ancestor, the one with the
    /// latest start decides (ties: the later approval, then the larger id), whatever its level.</summary>
    Override,

    /// <summary><c>reinforce-only</c>: among the decisions in force covering the territory or an ancestor, the one with
    /// the highest-ranked level decides (ties: the latest start, then the later approval, then the larger id), so a
    /// local decision can raise a zone above the national level but never set it below.</summary>
    ReinforceOnly,
}
