using Tocsin.Core.Plan.Schemes;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Core.Plan.Decisions;

/// <summary>What an approver should know before approving a decision: every territory whose level it would not change,
/// and every decision in force it would end or leave in force over its territories, under the scheme's
/// <see cref="TerritoryRule"/>. Compares the plan with and without the decision at the instant it would start, on the
/// decision's own track (an exercise against exercises). Pure: nothing is written.</summary>
public static class ApprovalWarnings
{
    /// <summary>The warnings for <paramref name="approved"/>, a decision as approval would leave it (approved, with its
    /// approval time), given every other <paramref name="known"/> decision of its scheme. Named territories first, in
    /// the decision's order, then the other decisions concerned, by start. Empty when approval does exactly what the
    /// decision says everywhere it names.</summary>
    /// <exception cref="ArgumentException"><paramref name="approved"/> is not approved or is of another scheme.</exception>
    public static IReadOnlyList<ApprovalWarning> Of(AlertScheme scheme, TerritorySet territories, IEnumerable<Decision> known, Decision approved)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(territories);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(approved);
        if (!approved.WasApproved || !string.Equals(approved.SchemeId, scheme.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException("Warnings are computed for a decision as approval would leave it, in the scheme given.", nameof(approved));
        }

        var track = approved.IsExercise ? DecisionTrack.Exercise : DecisionTrack.Live;
        var others = known.Where(d => d.Id != approved.Id).ToList();
        var comparison = new Comparison(
            new PlanState(scheme, territories, others, track),
            new PlanState(scheme, territories, [.. others, approved], track),
            territories,
            approved);
        return [.. comparison.OnNamedTerritories(), .. comparison.OnOtherDecisions()];
    }

    /// <summary>The plan before and after approval, at the instant the decision starts.</summary>
    private sealed class Comparison(PlanState before, PlanState after, TerritorySet territories, Decision approved)
    {
        private readonly DateTimeOffset _start = after.Periods.Single(p => p.Decision.Id == approved.Id).Start;

        public IEnumerable<ApprovalWarning> OnNamedTerritories()
        {
            foreach (var id in approved.TerritoryIds.Distinct(StringComparer.Ordinal).Where(territories.Contains))
            {
                var (was, will) = Levels(id);
                if (will.Decision?.Id != approved.Id)
                {
                    yield return Warning(ApprovalWarningKind.LevelHeld, id, was, will, will.Decision);
                }
                else if (string.Equals(was.Level.Key, will.Level.Key, StringComparison.Ordinal))
                {
                    yield return Warning(ApprovalWarningKind.LevelUnchanged, id, was, will, was.Decision);
                }
            }
        }

        public IEnumerable<ApprovalWarning> OnOtherDecisions()
        {
            foreach (var other in before.InForceAt(_start).Where(d => d.Id != approved.Id))
            {
                var superseded = approved.Supersedes.Contains(other.Id);
                foreach (var id in other.TerritoryIds.Distinct(StringComparer.Ordinal).Where(territories.Contains))
                {
                    if (Concerning(other, id, superseded) is { } kind)
                    {
                        var (was, will) = Levels(id);
                        yield return Warning(kind, id, was, will, other);
                    }
                }
            }
        }

        // What happens to `other` on its territory `id`, or null when nothing worth a warning does.
        private ApprovalWarningKind? Concerning(Decision other, string id, bool superseded)
        {
            if (superseded)
            {
                return ApprovalWarningKind.DecisionEnded;
            }

            if (!approved.TerritoryIds.Any(named => territories.Covers(named, id)))
            {
                return null;
            }

            var (was, will) = Levels(id);
            var named = approved.TerritoryIds.Contains(id, StringComparer.Ordinal);
            return after.Scheme.TerritoryRule switch
            {
                // A named territory held by `other` already has its level-held warning.
                TerritoryRule.ReinforceOnly when !named && will.Decision?.Id == other.Id => ApprovalWarningKind.ReinforcementKept,
                TerritoryRule.Override when was.Decision?.Id == other.Id && will.Decision?.Id == approved.Id => ApprovalWarningKind.DecisionShadowed,
                TerritoryRule.ReinforceOnly or TerritoryRule.Override => null,
            };
        }

        private (LevelInForce Was, LevelInForce Will) Levels(string id) =>
            (before.LevelInForce(id, _start).Value, after.LevelInForce(id, _start).Value);

        private ApprovalWarning Warning(ApprovalWarningKind kind, string id, LevelInForce was, LevelInForce will, Decision? other)
        {
            var end = kind == ApprovalWarningKind.DecisionEnded || other is null
                ? null
                : after.Periods.FirstOrDefault(p => p.Decision.Id == other.Id)?.End;
            return new ApprovalWarning(kind, id, territories.Find(id)!.Name, was.Level, will.Level, other, end);
        }
    }
}
