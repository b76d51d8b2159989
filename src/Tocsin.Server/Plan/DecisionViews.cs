using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Server.Plan;

/// <summary>Decisions as the API and the decision room show them (<see cref="DecisionView"/>), with whether each is
/// overdue for review now: one reading for both surfaces.</summary>
public static class DecisionViews
{
    /// <summary>The view of <paramref name="decision"/>; <paramref name="overdue"/> when already known, else worked out
    /// from its track's state now.</summary>
    public static async Task<DecisionView> OfAsync(PlanDecisions plan, Decision decision, CancellationToken cancellationToken, bool? overdue = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(decision);
        if (overdue is null)
        {
            var track = decision.IsExercise ? DecisionTrack.Exercise : DecisionTrack.Live;
            var state = await plan.StateAsync(decision.SchemeId, track, cancellationToken);
            overdue = state?.OverdueForReview(plan.Now()).Any(d => d.Id == decision.Id) ?? false;
        }

        return DecisionView.From(decision, plan.Catalogue, await plan.PrincipalNamesAsync(cancellationToken),
            await plan.MessagesOfAsync(decision.Id, cancellationToken), overdue.Value);
    }

    /// <summary>The views of <paramref name="decisions"/>, in their order, flagged overdue when in
    /// <paramref name="overdue"/>; principal names are read once for all of them.</summary>
    public static async Task<IReadOnlyList<DecisionView>> OfManyAsync(PlanDecisions plan, IEnumerable<Decision> decisions, IReadOnlySet<Guid> overdue,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(overdue);
        var names = await plan.PrincipalNamesAsync(cancellationToken);
        var views = new List<DecisionView>();
        foreach (var decision in decisions)
        {
            views.Add(DecisionView.From(decision, plan.Catalogue, names, await plan.MessagesOfAsync(decision.Id, cancellationToken), overdue.Contains(decision.Id)));
        }

        return views;
    }

    /// <summary>The ids of the decisions overdue for review now, live and exercise tracks, every scheme.</summary>
    public static async Task<IReadOnlySet<Guid>> OverdueAsync(PlanDecisions plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var overdue = new HashSet<Guid>();
        foreach (var scheme in plan.Catalogue.Schemes)
        {
            foreach (var track in Enum.GetValues<DecisionTrack>())
            {
                var state = await plan.StateAsync(scheme.Id, track, cancellationToken);
                overdue.UnionWith(state!.OverdueForReview(plan.Now()).Select(d => d.Id));
            }
        }

        return overdue;
    }

    /// <summary>The ids of the decisions in force now, live and exercise tracks, every scheme.</summary>
    public static async Task<IReadOnlySet<Guid>> InForceAsync(PlanDecisions plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var ids = new HashSet<Guid>();
        foreach (var scheme in plan.Catalogue.Schemes)
        {
            foreach (var track in Enum.GetValues<DecisionTrack>())
            {
                var state = await plan.StateAsync(scheme.Id, track, cancellationToken);
                ids.UnionWith(state!.InForceAt(plan.Now()).Select(d => d.Id));
            }
        }

        return ids;
    }
}
