using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Server.Plan;

/// <summary>Reads the public status out of a live <see cref="PlanState"/>: never exercises.</summary>
public static class PlanStatus
{
    private static readonly DateTimeOffset Origin = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The status of the nation and of every territory a live decision named, at <paramref name="at"/>.</summary>
    public static LevelsView Levels(AlertScheme scheme, TerritorySet set, PlanState state, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(state);
        var named = state.Periods.SelectMany(p => p.Decision.TerritoryIds).Append(set.Nation.Id).ToHashSet(StringComparer.Ordinal);
        var overdue = state.OverdueForReview(at).Select(d => d.Id).ToHashSet();
        var entries = set.Territories.Where(t => named.Contains(t.Id)).Select(t => Entry(t, state, at, overdue)).ToList();
        return new LevelsView(scheme.Id, at, entries);
    }

    /// <summary>The status of one territory at <paramref name="at"/>.</summary>
    public static LevelEntry Entry(Territory territory, PlanState state, DateTimeOffset at, IReadOnlySet<Guid> overdue)
    {
        ArgumentNullException.ThrowIfNull(territory);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(overdue);
        var inForce = state.LevelInForce(territory.Id, at).Value;
        DateTimeOffset? since = null;
        if (at > Origin && state.DecidingSince(territory.Id, Origin, at) is { IsSuccess: true, Value: var start } && start > Origin)
        {
            since = start;
        }

        var decisionId = inForce.Decision?.Id;
        return new LevelEntry(territory.Id, territory.Name, inForce.Level.Key, inForce.Level.Names, inForce.Level.Colour, since, decisionId,
            inForce.IsBaseline, decisionId is { } id && overdue.Contains(id));
    }
}
